namespace Roadmap.Bot.Nudges;

/// <summary>
/// Where nudges go: a member's direct messages on Discord, or the terminal in local mode. The sweep
/// decides what is due and records the outcome; a sender composes the message and delivers it once.
/// </summary>
internal interface INudgeSender
{
    /// <summary>
    /// Null, or until when nothing may be sent: on Discord, the REST client's stop after too many
    /// refused requests (near Discord's ban of the IP). The sweep claims and sends nothing before it.
    /// </summary>
    DateTimeOffset? StoppedUntil { get; }

    /// <summary>
    /// Delivers <paramref name="nudge"/>. Sending the same nudge again (after a crash) must never create
    /// a second message: on Discord the nonce is derived from the member and the due time, with
    /// enforce_nonce. Expected refusals are outcomes, not exceptions.
    /// </summary>
    Task<NudgeDelivery> SendAsync(DueNudge nudge, CancellationToken cancellationToken);

    /// <summary>
    /// Delivers a plain <paramref name="text"/> to the member, the same way as a nudge (in the DM
    /// channel <paramref name="dmChannelId"/> when one is kept), such as the confirmation that nudges
    /// are on. The delivery carries the channel used, to keep. Expected refusals are outcomes.
    /// </summary>
    Task<NudgeDelivery> ConfirmAsync(ulong memberId, ulong? dmChannelId, string text, CancellationToken cancellationToken);

    /// <summary>
    /// Delivers a plain <paramref name="text"/> the bot sends on its own schedule (a challenge's
    /// reminder), like <see cref="ConfirmAsync"/> but named by <paramref name="nonce"/> (at most 25
    /// characters): on Discord it goes with enforce_nonce, so a resend after a crash is answered with
    /// the first message. A sender with no such rule (the terminal) delivers it as a confirmation.
    /// </summary>
    Task<NudgeDelivery> RemindAsync(ulong memberId, ulong? dmChannelId, string text, string nonce, CancellationToken cancellationToken) =>
        ConfirmAsync(memberId, dmChannelId, text, cancellationToken);
}
