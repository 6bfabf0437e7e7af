using Dapper;
using Microsoft.Data.Sqlite;
using Roadmap.Bot.Persistence;

namespace Roadmap.Bot.Cohorts;

/// <summary>
/// The board of a period, for a cohort or for everyone the bot has seen in the server (and the
/// server's cohort members). A member's score is the milestones they completed in the period and
/// still have done (an undone completion does not count) plus their challenge submissions a
/// moderator accepted in the period that were on time and not replaced since; in the whole server,
/// submissions to any of its challenges, in a cohort, to that cohort's. Members with a score of zero
/// are not on it. The database ranks and counts, and hands back only the rows that are shown.
/// </summary>
/// <remarks>
/// A cohort's board reads what triggers keep: each membership's done and accepted counts for all time
/// (0009_cohort_boards) and for the week and the month as of the minute job's last run
/// (0011_period_boards, <see cref="BoardPeriod"/>), less what aged out since; counting the period's
/// completions by time (0009) is what is left for when the kept counts cannot answer. Milestones a later roadmap dropped still count, as
/// in the roster and <c>/cohort status</c>: they were finished. The period's completions are read
/// through their time index by name: without statistics SQLite would take the primary key (ordered
/// by member, so no sort) and read every completion the cohort ever had.
/// </remarks>
internal sealed class LeaderboardStore(SqliteConnectionFactory factory)
{
    // Every query ends here, in one statement so the scored members are read once (MATERIALIZED):
    // the first @Listed who share, most first (a bounded sort), then one summary row with the
    // totals. Places are counted from the listed rows, which are the top of everyone who shares.
    private const string Ranked = """

        SELECT 0 AS IsSummary, member_id AS MemberId, done AS Done, accepted AS Accepted, 0 AS Members, 0 AS Sharing
        FROM (SELECT member_id, done, accepted FROM scored WHERE shares = 1 ORDER BY done + accepted DESC, member_id LIMIT @Listed)
        UNION ALL
        SELECT 1, 0, coalesce(sum(done), 0), coalesce(sum(accepted), 0), count(*), coalesce(sum(shares), 0) FROM scored
        """;

    private const string CohortPeriod = """
        WITH scored AS MATERIALIZED (
            SELECT x.member_id, cm.shares, x.done, x.accepted
            FROM (
                SELECT member_id, sum(d) AS done, sum(a) AS accepted
                FROM (
                    SELECT member_id, 1 AS d, 0 AS a FROM cohort_completions INDEXED BY ix_cohort_completions_period
                    WHERE cohort_id = @CohortId AND completed_at >= @Since
                    UNION ALL
                    SELECT s.member_id, 0, 1 FROM challenges ch JOIN challenge_submissions s ON s.challenge_id = ch.id
                    WHERE ch.cohort_id = @CohortId AND ch.guild_id = @GuildId
                      AND s.verdict = 'accepted' AND s.late = 0 AND s.replaced_at IS NULL AND s.reviewed_at >= @Since)
                GROUP BY member_id) x
            JOIN cohort_members cm ON cm.cohort_id = @CohortId AND cm.member_id = x.member_id AND cm.guild_id = @GuildId)
        """ + Ranked;

    // All time reads ix_cohort_members_rank (0010_board_indexes), which is ordered by done + accepted:
    // the top is the first entries of one range, the summary two ranges (sharing and not) of it.
    // The cohort was found in the guild; the guard keeps another guild's cohort out all the same.
    private const string CohortAllTime = """
        SELECT 0 AS IsSummary, member_id AS MemberId, done AS Done, accepted AS Accepted, 0 AS Members, 0 AS Sharing
        FROM (SELECT member_id, done, accepted FROM cohort_members INDEXED BY ix_cohort_members_rank
              WHERE cohort_id = @CohortId AND shares = 1 AND done + accepted > 0
                AND (SELECT guild_id FROM cohorts WHERE id = @CohortId) = @GuildId
              ORDER BY done + accepted DESC, member_id LIMIT @Listed)
        UNION ALL
        SELECT 1, 0, coalesce(sum(done), 0), coalesce(sum(accepted), 0), count(*), coalesce(sum(shares), 0)
        FROM cohort_members INDEXED BY ix_cohort_members_rank
        WHERE cohort_id = @CohortId AND shares IN (0, 1) AND done + accepted > 0
          AND (SELECT guild_id FROM cohorts WHERE id = @CohortId) = @GuildId
        """;

    private const string Server = """
        WITH who(member_id) AS MATERIALIZED (
            SELECT member_id FROM cohort_members WHERE guild_id = @GuildId
            UNION
            SELECT member_id FROM guild_members WHERE guild_id = @GuildId),
        scored AS MATERIALIZED (
            SELECT x.member_id, m.visibility <> 'private' AS shares, sum(x.d) AS done, sum(x.a) AS accepted
            FROM (
                SELECT p.member_id, 1 AS d, 0 AS a FROM who
                JOIN progress p ON p.member_id = who.member_id AND p.status = 'done' AND p.completed_at >= @Since
                UNION ALL
                SELECT s.member_id, 0, 1 FROM challenges ch JOIN challenge_submissions s ON s.challenge_id = ch.id
                WHERE ch.guild_id = @GuildId AND s.verdict = 'accepted' AND s.late = 0 AND s.replaced_at IS NULL AND s.reviewed_at >= @Since
                  AND s.member_id IN (SELECT member_id FROM who)) x
            JOIN members m ON m.id = x.member_id
            GROUP BY x.member_id)
        """ + Ranked;

    /// <summary>
    /// The board of <paramref name="period"/> (<see cref="LeaderboardPeriod"/>) ending at
    /// <paramref name="now"/>, naming at most <paramref name="listed"/> members who share;
    /// <paramref name="cohortId"/> null ranks the whole server.
    /// </summary>
    public async Task<Leaderboard> RankAsync(ulong guildId, long? cohortId, string? period, DateTimeOffset now, int listed, CancellationToken cancellationToken)
    {
        var kept = BoardPeriod.Named(period);
        var since = LeaderboardPeriod.Since(period, now);
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            // One constant query per case, so Dapper.AOT knows each one's parameters (the kept
            // boards' are made per period, see BoardPeriod).
            var rows = cohortId is null
                ? (await connection.QueryAsync<LeaderboardRow>(Server, new { GuildId = guildId, Since = since, Listed = listed, cancellationToken })).ToList()
                : kept is null
                    ? (await connection.QueryAsync<LeaderboardRow>(CohortAllTime, new { GuildId = guildId, CohortId = cohortId, Listed = listed, cancellationToken })).ToList()
                    : await RankCohortPeriodAsync(connection, guildId, cohortId.Value, kept, since, listed, cancellationToken);
            return Leaderboard.From(rows);
        }
    }

    // From the kept counts when they hold at least the period (0011_period_boards), counted from the
    // completions when they do not (after a run whose clock was ahead). One read transaction, so the
    // counts and the moment they were kept from are of the same instant.
    private static async Task<List<LeaderboardRow>> RankCohortPeriodAsync(SqliteConnection connection, ulong guildId, long cohortId, BoardPeriod period, DateTimeOffset since, int listed, CancellationToken cancellationToken)
    {
        const string keptSince = "SELECT since FROM board_windows WHERE period = @Period";
        using var transaction = connection.BeginTransaction(deferred: true);
        var from = await connection.ExecuteScalarAsync<long>(keptSince, new { Period = period.Name, cancellationToken }, transaction);

        // The kept board's SQL is made per period at run time, and Dapper.AOT's generated code does
        // not compile for such SQL with a token among the parameters; the query is one short read.
        return from <= since.ToUnixTimeMilliseconds()
            ? (await connection.QueryAsync<LeaderboardRow>(period.Board, new { GuildId = guildId, CohortId = cohortId, Kept = DateTimeOffset.FromUnixTimeMilliseconds(from), Since = since, Listed = listed }, transaction)).ToList()
            : (await connection.QueryAsync<LeaderboardRow>(CohortPeriod, new { GuildId = guildId, CohortId = cohortId, Since = since, Listed = listed, cancellationToken }, transaction)).ToList();
    }
}
