namespace Roadmap.Bot.Nudges;

/// <summary>What became of a nudge posted in a nudge channel: the message, or Discord's code and reason for refusing it.</summary>
internal sealed record NudgeChannelPost(bool IsPosted, ulong? MessageId = null, int? ErrorCode = null, string? Reason = null, string? MilestoneId = null);
