namespace Roadmap.Bot.Cohorts;

/// <summary>
/// A rolling period whose points each membership keeps (<c>0011_period_boards</c>): the last 7 days
/// (week) or 30 (month). The SQL that reads and ages them differs only in the columns, so it is
/// written once here and made for each period when the class loads.
/// </summary>
internal sealed class BoardPeriod
{
    public static BoardPeriod Week { get; } = new(LeaderboardPeriod.Week, 7);

    public static BoardPeriod Month { get; } = new(LeaderboardPeriod.Month, 30);

    public static IReadOnlyList<BoardPeriod> All { get; } = [Week, Month];

    private BoardPeriod(string name, int days)
    {
        Name = name;
        Days = days;
        var done = name + "_done";
        var accepted = name + "_accepted";
        var index = "ix_cohort_members_" + name;
        Board = KeptBoard(done, accepted, index);
        AgeCompletions = $"""
            UPDATE cohort_members SET {done} = {done} - x.n
            FROM (SELECT cohort_id, member_id, count(*) AS n
                  FROM cohort_completions INDEXED BY ix_cohort_completions_period
                  WHERE cohort_id IN (SELECT id FROM cohorts) AND completed_at >= @From AND completed_at < @To
                  GROUP BY cohort_id, member_id) AS x
            WHERE cohort_members.cohort_id = x.cohort_id AND cohort_members.member_id = x.member_id
            """;
        AgeSubmissions = $"""
            UPDATE cohort_members SET {accepted} = {accepted} - x.n
            FROM (SELECT ch.cohort_id, s.member_id, count(*) AS n
                  FROM challenges ch JOIN challenge_submissions s ON s.challenge_id = ch.id
                  WHERE s.verdict = 'accepted' AND s.late = 0 AND s.replaced_at IS NULL AND s.reviewed_at >= @From AND s.reviewed_at < @To
                  GROUP BY ch.cohort_id, s.member_id) AS x
            WHERE cohort_members.cohort_id = x.cohort_id AND cohort_members.member_id = x.member_id
            """;
        Recount = $"""
            UPDATE cohort_members SET
                {done} = (SELECT count(*) FROM cohort_completions c
                          WHERE c.cohort_id = cohort_members.cohort_id AND c.member_id = cohort_members.member_id AND c.completed_at >= @To),
                {accepted} = (SELECT count(*) FROM challenge_submissions s JOIN challenges ch ON ch.id = s.challenge_id
                              WHERE ch.cohort_id = cohort_members.cohort_id AND s.member_id = cohort_members.member_id
                                AND s.verdict IS 'accepted' AND s.late = 0 AND s.replaced_at IS NULL AND s.reviewed_at >= @To)
            """;
    }

    /// <summary>week or month, as in board_windows and the command's choice.</summary>
    public string Name { get; }

    public int Days { get; }

    /// <summary>
    /// The board from the kept counts, given when they were kept from (@Kept) and the period's start
    /// now (@Since, not before @Kept): the counts less what scored in between (aged), re-ranked.
    /// </summary>
    public string Board { get; }

    /// <summary>Takes out of the counts the completions scored in [@From, @To).</summary>
    public string AgeCompletions { get; }

    /// <summary>Takes out of the counts the accepted submissions reviewed in [@From, @To).</summary>
    public string AgeSubmissions { get; }

    /// <summary>Counts every membership's points since @To afresh (the window moved back: the clock did).</summary>
    public string Recount { get; }

    public static BoardPeriod? Named(string? period) => All.FirstOrDefault(p => p.Name == period);

    public DateTimeOffset Since(DateTimeOffset now) => now.AddDays(-Days);

    // The top: a member outside the first @Listed + (members with aged points) of the kept order has
    // no more points now than then, and at least @Listed of those before them lost none, so the top
    // @Listed now are among them. The summary: the kept totals less the aged ones, and less the
    // members the aged points brought to zero.
    private static string KeptBoard(string done, string accepted, string index) => $"""
        WITH aged AS MATERIALIZED (
            SELECT x.member_id, cm.shares, x.done AS aged_done, x.accepted AS aged_accepted,
                   cm.{done} - x.done AS done, cm.{accepted} - x.accepted AS accepted
            FROM (
                SELECT member_id, sum(d) AS done, sum(a) AS accepted
                FROM (
                    SELECT member_id, 1 AS d, 0 AS a FROM cohort_completions INDEXED BY ix_cohort_completions_period
                    WHERE cohort_id = @CohortId AND completed_at >= @Kept AND completed_at < @Since
                    UNION ALL
                    SELECT s.member_id, 0, 1 FROM challenges ch JOIN challenge_submissions s ON s.challenge_id = ch.id
                    WHERE ch.cohort_id = @CohortId AND ch.guild_id = @GuildId
                      AND s.verdict = 'accepted' AND s.late = 0 AND s.replaced_at IS NULL
                      AND s.reviewed_at >= @Kept AND s.reviewed_at < @Since)
                GROUP BY member_id) x
            JOIN cohort_members cm ON cm.cohort_id = @CohortId AND cm.member_id = x.member_id AND cm.guild_id = @GuildId),
        candidates AS (
            SELECT member_id, {done} AS done, {accepted} AS accepted
            FROM cohort_members INDEXED BY {index}
            WHERE cohort_id = @CohortId AND shares = 1 AND {done} + {accepted} > 0
              AND (SELECT guild_id FROM cohorts WHERE id = @CohortId) = @GuildId
            ORDER BY {done} + {accepted} DESC, member_id
            LIMIT @Listed + (SELECT count(*) FROM aged))
        SELECT 0 AS IsSummary, member_id AS MemberId, done AS Done, accepted AS Accepted, 0 AS Members, 0 AS Sharing
        FROM (SELECT member_id, done, accepted
              FROM (SELECT c.member_id, coalesce(a.done, c.done) AS done, coalesce(a.accepted, c.accepted) AS accepted
                    FROM candidates c LEFT JOIN aged a ON a.member_id = c.member_id)
              WHERE done + accepted > 0
              ORDER BY done + accepted DESC, member_id
              LIMIT @Listed)
        UNION ALL
        SELECT 1, 0, k.done - a.done, k.accepted - a.accepted, k.members - a.gone, k.sharing - a.gone_sharing
        FROM (SELECT coalesce(sum({done}), 0) AS done, coalesce(sum({accepted}), 0) AS accepted, count(*) AS members, coalesce(sum(shares), 0) AS sharing
              FROM cohort_members INDEXED BY {index}
              WHERE cohort_id = @CohortId AND shares IN (0, 1) AND {done} + {accepted} > 0
                AND (SELECT guild_id FROM cohorts WHERE id = @CohortId) = @GuildId) k,
             (SELECT coalesce(sum(aged_done), 0) AS done, coalesce(sum(aged_accepted), 0) AS accepted,
                     coalesce(sum(done + accepted = 0), 0) AS gone, coalesce(sum(done + accepted = 0 AND shares = 1), 0) AS gone_sharing
              FROM aged) a
        """;
}
