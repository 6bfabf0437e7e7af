namespace Roadmap.Bot.Nudges;

/// <summary>
/// One nudge the sweep has claimed and now hands to an <see cref="INudgeSender"/>: whose it is, the
/// due time it was claimed for (with the member, what makes its nonce), whether it goes out late after
/// downtime, and the member's DM channel when one was opened before.
/// </summary>
internal sealed record DueNudge(ulong MemberId, DateTimeOffset DueAt, bool IsLate, ulong? DmChannelId);
