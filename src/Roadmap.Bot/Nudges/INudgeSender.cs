namespace Roadmap.Bot.Nudges;

/// <summary>
/// Where nudges go: a member's direct messages on Discord, or the terminal in local mode. The sweep
/// decides what is due and records the outcome; a sender composes the message and delivers it once.
/// </summary>
internal interface INudgeSender
{
    /// <summary>
    /// Delivers <paramref name="nudge"/>. Sending the same nudge again (after a crash) must never create
    /// a second message: on Discord the nonce is derived from the member and the due time, with
    /// enforce_nonce. Expected refusals are outcomes, not exceptions.
    /// </summary>
    Task<NudgeDelivery> SendAsync(DueNudge nudge, CancellationToken cancellationToken);
}
