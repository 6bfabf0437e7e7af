namespace Roadmap.Bot.Cohorts;

/// <summary>A row of <c>cohort_members</c>: the member is in the cohort.</summary>
internal sealed record CohortMemberRow
{
    public required long CohortId { get; init; }

    public required ulong GuildId { get; init; }

    public required ulong MemberId { get; init; }

    public DateTimeOffset JoinedAt { get; init; }
}
