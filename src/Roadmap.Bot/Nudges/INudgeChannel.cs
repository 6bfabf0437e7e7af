namespace Roadmap.Bot.Nudges;

/// <summary>
/// Where a weekly nudge goes when the member's direct messages are closed (Discord error 50007): a
/// server's nudge channel, set with <c>/mod config nudge-channel</c>. Nudges owns this seam and the
/// sweep calls it; Cohorts, which keeps the servers' settings and posts in channels, implements it
/// (<c>NudgeChannelFallback</c>, the same way a challenge's reminder reaches a member with closed DMs).
/// </summary>
internal interface INudgeChannel
{
    /// <summary>
    /// The nudge channel for the member, by one rule: among the servers that have a nudge channel and
    /// where the member has been seen (used the bot there, or joined one of its cohorts), the one the
    /// member used most recently. Null when none has one: the nudge pauses as it always did.
    /// </summary>
    Task<NudgeChannelTarget?> ChooseAsync(ulong memberId, CancellationToken cancellationToken);

    /// <summary>
    /// Posts <paramref name="nudge"/> in <paramref name="target"/> as one message that mentions and may
    /// ping only the member, with the card and buttons of the DM, named by
    /// <see cref="NudgeNonce.InChannel"/> with enforce_nonce so a resend after a crash makes no second
    /// message. A refusal is recorded as a failed scheduled post of that server and returned as such.
    /// </summary>
    Task<NudgeChannelPost> PostAsync(DueNudge nudge, NudgeChannelTarget target, CancellationToken cancellationToken);
}
