namespace Roadmap.Bot.Progress;

/// <summary>
/// A milestone id and its stored status, all the coach needs to suggest a next step. A row type
/// rather than a value tuple because Dapper.AOT does not generate readers for tuples.
/// </summary>
internal sealed record MilestoneStatusRow
{
    public required string MilestoneId { get; init; }

    /// <summary>As stored: in_progress, done or skipped.</summary>
    public required string Status { get; init; }
}
