namespace Roadmap.Bot.Nudges;

/// <summary>A member whose next nudge has come, as the sweep reads them: the schedule and their time zone.</summary>
internal sealed class DueSettingsRow
{
    public required ulong MemberId { get; init; }

    public required string State { get; init; }

    public int DayOfWeek { get; init; }

    public int LocalTime { get; init; }

    public required DateTimeOffset NextDueAt { get; init; }

    public DateTimeOffset? SkippedDueAt { get; init; }

    public ulong? DmChannelId { get; init; }

    /// <summary>Nudges sent in a row with no sign of life since (<see cref="NudgeFatigue"/>).</summary>
    public int Unanswered { get; init; }

    /// <summary>When "Keep these coming?" was delivered, while nobody has answered it.</summary>
    public DateTimeOffset? KeepAskedAt { get; init; }

    public string? TimeZone { get; init; }
}
