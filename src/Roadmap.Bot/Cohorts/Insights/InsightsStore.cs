using System.Text.Json;
using Dapper;
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
/// furthest-done query about 145 ms either way, as it reads every done row once. Not benchmarked in
/// tests/Roadmap.Benchmarks yet.
/// </remarks>
internal sealed class InsightsStore(SqliteConnectionFactory factory, RoadmapContent content)
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

    private const string CohortCounts = CohortScope + Counts;
    private const string CohortFurthest = CohortScope + Sharing + Furthest;
    private const string CohortStalled = CohortScope + Sharing + Stalled;
    private const string ServerCounts = ServerScope + Counts;
    private const string ServerFurthest = ServerScope + Sharing + Furthest;
    private const string ServerStalled = ServerScope + Sharing + Stalled;

    private readonly string _order = JsonSerializer.Serialize(content.Milestones.Select(m => m.Id).ToArray(), CohortJsonContext.Default.StringArray);

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
                scope = await connection.QuerySingleAsync<InsightsScopeRow>(CohortCounts, new { GuildId = guildId, CohortId = cohortId, cancellationToken });
                furthest = (await connection.QueryAsync<FurthestDoneRow>(CohortFurthest, new { GuildId = guildId, CohortId = cohortId, Order = _order, cancellationToken })).ToList();
                stalled = listed == 0 ? [] : (await connection.QueryAsync<StalledRow>(CohortStalled, new { GuildId = guildId, CohortId = cohortId, Order = _order, Listed = listed, cancellationToken })).ToList();
            }

            return CohortInsights.From(content, scope, furthest, stalled);
        }
    }
}
