namespace Roadmap.Bot.Cohorts.Challenges;

/// <summary>
/// Where members stand on one challenge: ranked by accepted submissions made by the due date (late
/// ones and ones not yet accepted do not rank), ties sharing a rank, nobody with none listed.
/// Members who keep their progress private are left off and only counted in <see cref="Hidden"/>.
/// </summary>
internal sealed record ChallengeBoard(
    IReadOnlyList<BoardEntry> Ranked,
    int Hidden,
    int Submitted,
    int Accepted,
    int Waiting,
    int Late,
    IReadOnlyList<DuplicateLink> Duplicates)
{
    /// <summary>Everyone ranked, of whom <see cref="Ranked"/> may hold only the first (the members' board reads only those it shows).</summary>
    public int RankedCount { get; init; } = Ranked.Count;

    /// <summary>The board of a challenge's current submissions (one per member).</summary>
    public static ChallengeBoard From(IReadOnlyList<BoardRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var scored = rows
            .Select(r => (Row: r, Score: r.Verdict == Verdicts.Accepted && !r.Late ? 1 : 0))
            .Where(s => s.Score > 0)
            .ToList();
        var shown = scored.Where(s => s.Row.Visibility != "private").ToList();
        return new ChallengeBoard(
            Rank(shown.Select(s => (s.Row.MemberId, s.Score, s.Row.SubmittedAt))),
            scored.Count - shown.Count,
            rows.Count,
            rows.Count(r => r.Verdict == Verdicts.Accepted),
            rows.Count(r => r.Verdict is null),
            rows.Count(r => r.Late),
            FindDuplicates(rows));
    }

    /// <summary>Highest score first; equal scores share the rank of the first of them (1, 1, 3).</summary>
    public static IReadOnlyList<BoardEntry> Rank(IEnumerable<(ulong MemberId, int Score, DateTimeOffset Since)> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var ordered = scores.Where(s => s.Score > 0).OrderByDescending(s => s.Score).ThenBy(s => s.Since).ThenBy(s => s.MemberId).ToList();
        var entries = new List<BoardEntry>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var rank = i > 0 && ordered[i].Score == ordered[i - 1].Score ? entries[i - 1].Rank : i + 1;
            entries.Add(new BoardEntry(rank, ordered[i].MemberId, ordered[i].Score));
        }

        return entries;
    }

    /// <summary>Links submitted by more than one member, compared without case and a trailing slash.</summary>
    private static List<DuplicateLink> FindDuplicates(IReadOnlyList<BoardRow> rows) =>
        rows.GroupBy(r => r.Link.Trim().TrimEnd('/').ToLowerInvariant(), StringComparer.Ordinal)
            .Where(g => g.Select(r => r.MemberId).Distinct().Count() > 1)
            .Select(g => new DuplicateLink(g.First().Link, g.Select(r => r.MemberId).Distinct().Order().ToList()))
            .ToList();
}
