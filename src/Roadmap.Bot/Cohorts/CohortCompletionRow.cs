namespace Roadmap.Bot.Cohorts;

/// <summary>
/// A row of <c>cohort_completions</c>: a milestone the member has done, as a cohort's board counts it
/// (a copy of their progress for each cohort they are in, kept by triggers).
/// </summary>
internal sealed record CohortCompletionRow
{
    public required long CohortId { get; init; }

    public required ulong MemberId { get; init; }

    public required string MilestoneId { get; init; }

    public DateTimeOffset CompletedAt { get; init; }
}
