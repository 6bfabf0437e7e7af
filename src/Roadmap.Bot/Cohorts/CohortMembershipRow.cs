namespace Roadmap.Bot.Cohorts;

/// <summary>A cohort the member is in (a row of <c>cohort_members</c>, with the cohort's name), for <c>/privacy export</c>.</summary>
internal sealed class CohortMembershipRow
{
    public long CohortId { get; init; }

    public ulong GuildId { get; init; }

    public string CohortName { get; init; } = "";

    public DateTimeOffset JoinedAt { get; init; }
}
