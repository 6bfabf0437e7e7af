namespace Roadmap.Bot.Cohorts;

/// <summary>Places among the members who share their progress: by milestones done, ties share a place.</summary>
internal static class CohortStandings
{
    /// <summary>The place of someone with <paramref name="done"/> milestones: one more than those with more.</summary>
    public static int RankOf(IReadOnlyList<CohortMemberRow> sharing, int done)
    {
        ArgumentNullException.ThrowIfNull(sharing);
        return 1 + sharing.Count(m => m.Done > done);
    }
}
