using System.Text.Json;
using Dapper;
using Roadmap.Bot.Content;
using Roadmap.Bot.Persistence;

namespace Roadmap.Bot.Cohorts;

/// <summary>
/// A cohort's members with how far each has come: milestones done, counted only among the roadmap's
/// current milestones (a milestone removed from the content no longer counts), for the moderators'
/// roster and each member's place in <c>/cohort status</c>.
/// </summary>
internal sealed class CohortRosterStore(SqliteConnectionFactory factory, RoadmapContent content)
{
    private readonly string _milestoneIds = JsonSerializer.Serialize(content.Milestones.Select(m => m.Id).ToArray(), CohortJsonContext.Default.StringArray);

    /// <summary>How many milestones the roadmap has: what "done of" counts against.</summary>
    public int Total => content.Milestones.Count;

    /// <summary>Every member of the cohort, most milestones done first, then by who joined first.</summary>
    public async Task<IReadOnlyList<CohortMemberRow>> MembersAsync(Cohort cohort, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        const string roster = """
            WITH milestone(id) AS (SELECT value FROM json_each(@MilestoneIds))
            SELECT cm.member_id AS MemberId, m.time_zone AS TimeZone, m.visibility = 'private' AS IsPrivate, cm.joined_at AS JoinedAt,
                   (SELECT count(*) FROM progress p
                    WHERE p.member_id = cm.member_id AND p.status = 'done' AND p.milestone_id IN (SELECT id FROM milestone)) AS Done
            FROM cohort_members cm
            JOIN members m ON m.id = cm.member_id
            WHERE cm.cohort_id = @CohortId AND cm.guild_id = @GuildId
            ORDER BY Done DESC, cm.joined_at, cm.member_id
            """;
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            return (await connection.QueryAsync<CohortMemberRow>(roster, new { CohortId = cohort.Id, cohort.GuildId, MilestoneIds = _milestoneIds, cancellationToken })).AsList();
        }
    }
}
