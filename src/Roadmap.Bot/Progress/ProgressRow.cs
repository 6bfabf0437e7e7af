using System.Text.Json.Serialization;

namespace Roadmap.Bot.Progress;

/// <summary>A member's standing on one milestone they have touched (a row of <c>progress</c>).</summary>
internal sealed record ProgressRow
{
    public required ulong MemberId { get; init; }

    public required string MilestoneId { get; init; }

    /// <summary>As stored: in_progress, done or skipped. <see cref="State"/> is the same as a value.</summary>
    public required string Status { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    public string? Note { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    [JsonIgnore]
    public MilestoneStatus State => StoredStatus.Parse(Status);
}
