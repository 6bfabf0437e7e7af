using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Roadmap.Bot.Content;
using Roadmap.Bot.Persistence;

namespace Roadmap.Bot.Cohorts.Insights;

/// <summary>
/// What <c>/mod insights</c> reads, for a cohort's members or everyone the bot has seen in the server
/// (and the server's cohort members, as the leaderboard counts them). Only members who share their
/// progress are read further than a count. Three small queries on one connection: the counts, each
/// sharing member's furthest done milestone (grouped, so at most one row per milestone comes back),
/// and the milestones in progress longest. Progress is read by member through its primary key and
/// the done index; the track order goes in as a JSON array, so a milestone a later roadmap dropped
/// is left out.
/// </summary>
/// <remarks>
/// CROSS JOIN fixes the join order (SQLite keeps it as written): each sharing member's progress by
/// the primary key's member prefix, then the milestone's position through the automatic index
/// SQLite builds on <c>ord</c>. Left to itself the planner walked every milestone for every member
/// (64 primary-key seeks each). With 5,000 members and about 160,000 done rows (sqlite3 3.40 from
/// Python, load average about 9): the stalled query 140 ms that way, 20 ms this way; the
/// furthest-done query about 145 ms either way, as it reads every done row once; for a cohort it now
/// reads what the memberships keep (0012_cohort_furthest) instead, one pass over them. The server's
/// scope still reads every done row: it is for occasional use.
/// </remarks>
internal sealed class InsightsStore(SqliteConnectionFactory factory, RoadmapContent content) : IDisposable
{
    private const string CohortScope = """
        WITH who(member_id) AS MATERIALIZED (
            SELECT member_id FROM cohort_members WHERE cohort_id = @CohortId AND guild_id = @GuildId)
        """;

    private const string ServerScope = """
        WITH who(member_id) AS MATERIALIZED (
            SELECT member_id FROM cohort_members WHERE guild_id = @GuildId
            UNION
            SELECT member_id FROM guild_members WHERE guild_id = @GuildId)
        """;

    private const string Sharing = """
        ,
        sharing(member_id) AS MATERIALIZED (
            SELECT who.member_id FROM who JOIN members m ON m.id = who.member_id WHERE m.visibility <> 'private'),
        ord(position, milestone_id) AS MATERIALIZED (
            SELECT CAST(key AS INTEGER), value FROM json_each(@Order))
        """;

    private const string Counts = """

        SELECT count(*) AS Members, coalesce(sum(m.visibility <> 'private'), 0) AS Sharing
        FROM who JOIN members m ON m.id = who.member_id
        """;

    private const string Furthest = """

        SELECT furthest AS Position, count(*) AS Members
        FROM (
            SELECT p.member_id, max(ord.position) AS furthest
            FROM sharing
            CROSS JOIN progress p ON p.member_id = sharing.member_id AND p.status = 'done'
            CROSS JOIN ord ON ord.milestone_id = p.milestone_id
            GROUP BY p.member_id)
        GROUP BY furthest
        """;

    private const string Stalled = """

        SELECT p.milestone_id AS MilestoneId, count(*) AS Members,
               CAST(avg(coalesce(p.started_at, p.updated_at)) AS INTEGER) AS AverageStartedAt,
               min(coalesce(p.started_at, p.updated_at)) AS OldestStartedAt
        FROM sharing
        CROSS JOIN progress p ON p.member_id = sharing.member_id AND p.status = 'in_progress'
        CROSS JOIN ord ON ord.milestone_id = p.milestone_id
        GROUP BY p.milestone_id
        ORDER BY AverageStartedAt, MilestoneId
        LIMIT @Listed
        """;

    // A cohort reads what its memberships keep (0012_cohort_furthest): who shares, and the position
    // of each one's furthest done milestone in the order milestone_positions holds.
    private const string CohortCounts = """
        SELECT count(*) AS Members, coalesce(sum(shares), 0) AS Sharing
        FROM cohort_members WHERE cohort_id = @CohortId AND guild_id = @GuildId
        """;

    private const string CohortFurthest = """
        SELECT furthest AS Position, count(*) AS Members
        FROM cohort_members
        WHERE cohort_id = @CohortId AND guild_id = @GuildId AND shares = 1 AND furthest IS NOT NULL
        GROUP BY furthest
        """;

    private const string KeptOrder = "SELECT milestone_id FROM milestone_positions ORDER BY position";

    // Writes the loaded roadmap's order and counts every membership's furthest milestone in it again.
    private const string KeepOrder = """
        DELETE FROM milestone_positions;
        INSERT INTO milestone_positions (milestone_id, position) SELECT value, CAST(key AS INTEGER) FROM json_each(@Order);
        UPDATE cohort_members SET furthest = (
            SELECT max(o.position) FROM progress p JOIN milestone_positions o ON o.milestone_id = p.milestone_id
            WHERE p.member_id = cohort_members.member_id AND p.status = 'done');
        """;
    private const string CohortStalled = CohortScope + Sharing + Stalled;
    private const string ServerCounts = ServerScope + Counts;
    private const string ServerFurthest = ServerScope + Sharing + Furthest;
    private const string ServerStalled = ServerScope + Sharing + Stalled;

    private readonly string _order = JsonSerializer.Serialize(content.Milestones.Select(m => m.Id).ToArray(), CohortJsonContext.Default.StringArray);
    private readonly SemaphoreSlim _orderKept = new(1, 1);
    private volatile bool _orderChecked;

    /// <summary>The numbers for a cohort (<paramref name="cohortId"/>) or the whole server (null), naming at most <paramref name="listed"/> stalled milestones.</summary>
    public async Task<CohortInsights> ReadAsync(ulong guildId, long? cohortId, int listed, CancellationToken cancellationToken)
    {
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            // One constant query per case, so Dapper.AOT knows each one's parameters.
            InsightsScopeRow scope;
            List<FurthestDoneRow> furthest;
            List<StalledRow> stalled;
            if (cohortId is null)
            {
                scope = await connection.QuerySingleAsync<InsightsScopeRow>(ServerCounts, new { GuildId = guildId, cancellationToken });
                furthest = (await connection.QueryAsync<FurthestDoneRow>(ServerFurthest, new { GuildId = guildId, Order = _order, cancellationToken })).ToList();
                stalled = listed == 0 ? [] : (await connection.QueryAsync<StalledRow>(ServerStalled, new { GuildId = guildId, Order = _order, Listed = listed, cancellationToken })).ToList();
            }
            else
            {
                await KeepOrderAsync(connection, cancellationToken);
                scope = await connection.QuerySingleAsync<InsightsScopeRow>(CohortCounts, new { GuildId = guildId, CohortId = cohortId, cancellationToken });
                furthest = (await connection.QueryAsync<FurthestDoneRow>(CohortFurthest, new { GuildId = guildId, CohortId = cohortId, cancellationToken })).ToList();
                stalled = listed == 0 ? [] : (await connection.QueryAsync<StalledRow>(CohortStalled, new { GuildId = guildId, CohortId = cohortId, Order = _order, Listed = listed, cancellationToken })).ToList();
            }

            return CohortInsights.From(content, scope, furthest, stalled);
        }
    }

    public void Dispose() => _orderKept.Dispose();

    /// <summary>
    /// Once per process, before the first cohort read: when the order the memberships' furthest
    /// milestones were kept in is not the loaded roadmap's, writes this one and counts them again.
    /// </summary>
    private async Task KeepOrderAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        if (_orderChecked)
        {
            return;
        }

        await _orderKept.WaitAsync(cancellationToken);
        try
        {
            if (_orderChecked)
            {
                return;
            }

            using var transaction = connection.BeginTransaction(deferred: false);
            var kept = (await connection.QueryAsync<string>(KeptOrder, new { cancellationToken }, transaction)).ToList();
            if (!kept.SequenceEqual(content.Milestones.Select(m => m.Id), StringComparer.Ordinal))
            {
                await connection.ExecuteAsync(KeepOrder, new { Order = _order, cancellationToken }, transaction);
            }

            transaction.Commit();
            _orderChecked = true;
        }
        finally
        {
            _orderKept.Release();
        }
    }
}
