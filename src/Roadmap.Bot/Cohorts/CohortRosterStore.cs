using Dapper;
using Roadmap.Bot.Content;
using Roadmap.Bot.Persistence;

namespace Roadmap.Bot.Cohorts;

/// <summary>
/// A cohort's members with how far each has come, for the moderators' roster and each member's place
/// in <c>/cohort status</c>. Each membership row carries the member's milestones done and whether they
/// share their progress, kept by triggers (0007_cohort_standings), so a place is counted from one index
/// instead of every member's progress.
/// </summary>
internal sealed class CohortRosterStore(SqliteConnectionFactory factory, RoadmapContent content)
{
    /// <summary>How many milestones the roadmap has: what "done of" counts against.</summary>
    public int Total => content.Milestones.Count;

    /// <summary>Every member of the cohort, most milestones done first, then by who joined first.</summary>
    public async Task<IReadOnlyList<CohortRosterRow>> MembersAsync(Cohort cohort, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        const string roster = """
            SELECT cm.member_id AS MemberId, cm.done AS Done, m.time_zone AS TimeZone, cm.shares = 0 AS IsPrivate, cm.joined_at AS JoinedAt
            FROM cohort_members cm
            JOIN members m ON m.id = cm.member_id
            WHERE cm.cohort_id = @CohortId AND cm.guild_id = @GuildId
            ORDER BY cm.done DESC, cm.joined_at, cm.member_id
            """;
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            return (await connection.QueryAsync<CohortRosterRow>(roster, new { CohortId = cohort.Id, cohort.GuildId, cancellationToken })).ToList();
        }
    }

    /// <summary>Where <paramref name="memberId"/> stands in the cohort; counts only when they are not in it.</summary>
    public async Task<CohortStanding> StandingAsync(Cohort cohort, ulong memberId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        // Places go by done + accepted (0009_cohort_boards), all time, among those who share: each count
        // is one range of ix_cohort_members_rank, which holds that sum (0010_board_indexes).
        const string standing = """
            SELECT me.member_id IS NOT NULL AS IsMember, coalesce(me.done, 0) AS Done, coalesce(me.accepted, 0) AS Accepted,
                   coalesce(me.shares, 0) AS Shares,
                   (SELECT count(*) FROM cohort_members WHERE cohort_id = @CohortId) AS Members,
                   (SELECT count(*) FROM cohort_members WHERE cohort_id = @CohortId AND shares = 1) AS Sharing,
                   (SELECT count(*) FROM cohort_members WHERE cohort_id = @CohortId AND shares = 1 AND done + accepted > 0) AS Placed,
                   (SELECT count(*) FROM cohort_members WHERE cohort_id = @CohortId AND shares = 1
                        AND done + accepted > coalesce(me.done + me.accepted, 0)) AS Ahead,
                   (SELECT count(*) FROM cohort_members WHERE cohort_id = @CohortId AND shares = 1
                        AND done + accepted = coalesce(me.done + me.accepted, 0)) AS Level
            FROM (SELECT 1) AS one
            LEFT JOIN cohort_members me ON me.cohort_id = @CohortId AND me.guild_id = @GuildId AND me.member_id = @MemberId
            """;
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            return await connection.QuerySingleAsync<CohortStanding>(standing, new { CohortId = cohort.Id, cohort.GuildId, MemberId = memberId, cancellationToken });
        }
    }
}
