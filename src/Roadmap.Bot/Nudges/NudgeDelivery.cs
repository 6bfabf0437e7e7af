namespace Roadmap.Bot.Nudges;

/// <summary>
/// What became of one <see cref="DueNudge"/>: the outcome, Discord's error code and the reason in
/// words when it failed, the created message, and the DM channel used (so the sweep keeps it and the
/// channel is opened only once per member).
/// </summary>
internal sealed record NudgeDelivery(
    NudgeDeliveryOutcome Outcome,
    int? ErrorCode = null,
    string? Reason = null,
    ulong? MessageId = null,
    ulong? DmChannelId = null,
    string? MilestoneId = null);
