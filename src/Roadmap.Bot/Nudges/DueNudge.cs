namespace Roadmap.Bot.Nudges;

/// <summary>
/// One nudge the sweep has claimed and now hands to an <see cref="INudgeSender"/>: whose it is, the
/// due time it was claimed for (with the member, what makes its nonce), whether it goes out late after
/// downtime, the member's DM channel when one was opened before, and whether it asks "Keep these
/// coming?" (<see cref="NudgeFatigue"/>).
/// </summary>
internal sealed record DueNudge(ulong MemberId, DateTimeOffset DueAt, bool IsLate, ulong? DmChannelId, bool AsksKeep = false);
