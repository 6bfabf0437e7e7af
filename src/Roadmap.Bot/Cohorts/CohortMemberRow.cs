namespace Roadmap.Bot.Cohorts;

/// <summary>A member's place in a cohort (a row of <c>cohort_members</c>), as <c>/privacy export</c> shows it.</summary>
internal sealed record CohortMemberRow
{
    public required long CohortId { get; init; }

    public required ulong GuildId { get; init; }

    public required ulong MemberId { get; init; }

    public DateTimeOffset JoinedAt { get; init; }
}
