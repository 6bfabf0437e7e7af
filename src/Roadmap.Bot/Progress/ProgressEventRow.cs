using System.Text.Json.Serialization;

namespace Roadmap.Bot.Progress;

/// <summary>One status change in the append-only history (a row of <c>progress_events</c>).</summary>
internal sealed record ProgressEventRow
{
    public required long Id { get; init; }

    public required ulong MemberId { get; init; }

    public required string MilestoneId { get; init; }

    /// <summary>As stored: not_started, in_progress, done or skipped.</summary>
    public required string FromStatus { get; init; }

    public required string ToStatus { get; init; }

    /// <summary>The note given with this change, if any.</summary>
    public string? Note { get; init; }

    /// <summary>For an undo, the event it reverted.</summary>
    public long? RevertsEventId { get; init; }

    public DateTimeOffset At { get; init; }

    [JsonIgnore]
    public MilestoneStatus From => StoredStatus.Parse(FromStatus);

    [JsonIgnore]
    public MilestoneStatus To => StoredStatus.Parse(ToStatus);

    [JsonIgnore]
    public bool IsUndo => RevertsEventId is not null;
}
