namespace Roadmap.Bot.Cohorts;

/// <summary>
/// A board over a period: the first members who share their progress, by score (milestones done plus
/// challenge submissions accepted in the period), each with their place (ties share it); how many
/// more share and how many keep their progress private (counted, never named). Nobody with a score
/// of zero is on it.
/// </summary>
internal sealed record Leaderboard(IReadOnlyList<LeaderboardEntry> Listed, int Sharing, int Private, int Milestones, int Accepted)
{
    public static Leaderboard Empty { get; } = new([], 0, 0, 0, 0);

    /// <summary>Everyone with a score, named or not.</summary>
    public int Members => Sharing + Private;

    /// <summary>From the store's rows: the listed members, most first, and the summary row.</summary>
    public static Leaderboard From(IReadOnlyList<LeaderboardRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var summary = rows.FirstOrDefault(r => r.IsSummary);
        if (summary is null || summary.Members == 0)
        {
            return Empty;
        }

        // The listed rows are the top of everyone who shares, so a place is one more than the rows
        // before it, or the place of the row before when the scores are equal (1, 1, 3).
        var listed = new List<LeaderboardEntry>();
        foreach (var row in rows.Where(r => !r.IsSummary).OrderByDescending(r => r.Score)) // stable: the database's order among ties
        {
            var place = listed.Count > 0 && listed[^1].Score == row.Score ? listed[^1].Place : listed.Count + 1;
            listed.Add(new LeaderboardEntry(place, row.MemberId, row.Done, row.Accepted));
        }

        return new Leaderboard(listed, summary.Sharing, summary.Members - summary.Sharing, summary.Done, summary.Accepted);
    }
}
