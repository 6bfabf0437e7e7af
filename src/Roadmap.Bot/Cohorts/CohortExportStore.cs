using Dapper;
using Roadmap.Bot.Persistence;

namespace Roadmap.Bot.Cohorts;

/// <summary>
/// What <c>/mod cohort export</c> writes: the cohort's roster joined with each member's current
/// submission to each of its challenges. Submissions of someone who has left the cohort are not
/// part of its roster, so they are not exported.
/// </summary>
internal sealed class CohortExportStore(SqliteConnectionFactory factory)
{
    /// <summary>
    /// Members in the roster's order: those who share by milestones done, then those who keep their
    /// progress private by when they joined (ordering them by progress would tell it), each member's
    /// submissions by challenge due date.
    /// </summary>
    public async Task<IReadOnlyList<CohortExportRow>> RowsAsync(Cohort cohort, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        const string rows = """
            SELECT cm.member_id AS MemberId, cm.joined_at AS JoinedAt, cm.done AS Done, m.time_zone AS TimeZone, cm.shares = 0 AS IsPrivate,
                   ch.title AS Challenge, s.link AS Link, s.note AS Note, s.submitted_at AS SubmittedAt, coalesce(s.late, 0) AS Late,
                   s.verdict AS Verdict, s.feedback AS Feedback
            FROM cohort_members cm
            JOIN members m ON m.id = cm.member_id
            LEFT JOIN challenge_submissions s ON s.member_id = cm.member_id AND s.guild_id = cm.guild_id AND s.replaced_at IS NULL
                AND s.challenge_id IN (SELECT id FROM challenges WHERE cohort_id = cm.cohort_id AND guild_id = cm.guild_id)
            LEFT JOIN challenges ch ON ch.id = s.challenge_id
            WHERE cm.cohort_id = @CohortId AND cm.guild_id = @GuildId
            ORDER BY cm.shares DESC, CASE WHEN cm.shares = 1 THEN cm.done ELSE 0 END DESC, cm.joined_at, cm.member_id, ch.due_at, ch.id
            """;
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            return (await connection.QueryAsync<CohortExportRow>(rows, new { CohortId = cohort.Id, cohort.GuildId, cancellationToken })).ToList();
        }
    }
}
