using System.Text.Json;
using Dapper;
using Roadmap.Bot.Content;
using Roadmap.Bot.Persistence;

namespace Roadmap.Bot.Cohorts;

/// <summary>
/// Milestones done in a period by a cohort's members, or by everyone the bot has seen in the server
/// (and the server's cohort members). Only milestones done now count, so an undone completion does
/// not, and only the roadmap's current milestones. Members with none in the period are left out.
/// </summary>
internal sealed class LeaderboardStore(SqliteConnectionFactory factory, RoadmapContent content)
{
    private readonly string _milestoneIds = JsonSerializer.Serialize(content.Milestones.Select(m => m.Id).ToArray(), CohortJsonContext.Default.StringArray);

    /// <summary>Most milestones first; <paramref name="cohortId"/> null ranks the whole server.</summary>
    public async Task<IReadOnlyList<LeaderboardRow>> RankAsync(ulong guildId, long? cohortId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        const string rank = """
            WITH milestone(id) AS (SELECT value FROM json_each(@MilestoneIds)),
            who(member_id) AS (
                SELECT member_id FROM cohort_members WHERE guild_id = @GuildId AND (@CohortId IS NULL OR cohort_id = @CohortId)
                UNION
                SELECT member_id FROM guild_members WHERE guild_id = @GuildId AND @CohortId IS NULL)
            SELECT w.member_id AS MemberId, m.visibility = 'private' AS IsPrivate, count(*) AS Done
            FROM who w
            JOIN members m ON m.id = w.member_id
            JOIN progress p ON p.member_id = w.member_id AND p.status = 'done' AND p.completed_at >= @Since
                           AND p.milestone_id IN (SELECT id FROM milestone)
            GROUP BY w.member_id
            ORDER BY Done DESC, w.member_id
            """;
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            return (await connection.QueryAsync<LeaderboardRow>(rank, new { GuildId = guildId, CohortId = cohortId, Since = since, MilestoneIds = _milestoneIds, cancellationToken })).ToList();
        }
    }
}
