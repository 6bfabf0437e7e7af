using Dapper;
using Roadmap.Bot.Cohorts;
using Roadmap.Bot.Members;
using Roadmap.Bot.Nudges;
using Roadmap.Bot.Persistence;
using Roadmap.Bot.Progress;

namespace Roadmap.Bot.Privacy;

/// <summary>
/// /privacy export and forget: every table that holds member data. A new table with member data must
/// be added to both methods; the privacy tests list the tables from the schema and fail until it is.
/// </summary>
internal sealed class PrivacyStore(SqliteConnectionFactory factory, ServerVisits visits, TimeProvider time)
{
    /// <summary>Every row about the member, read in one transaction so the document is consistent.</summary>
    public async Task<PrivacyExport> ExportAsync(ulong memberId, CancellationToken cancellationToken)
    {
        // One query a table rather than one QueryMultiple: Dapper.AOT cannot generate QueryMultiple.
        // The transaction keeps them consistent: its first read fixes the snapshot the others see.
        const string member = """
            SELECT id AS Id, stack AS Stack, time_zone AS TimeZone, weekly_hours AS WeeklyHours,
                   visibility AS Visibility, created_at AS CreatedAt, updated_at AS UpdatedAt
            FROM members WHERE id = @MemberId
            """;
        const string progress = """
            SELECT member_id AS MemberId, milestone_id AS MilestoneId, status AS Status, started_at AS StartedAt,
                   completed_at AS CompletedAt, note AS Note, updated_at AS UpdatedAt
            FROM progress WHERE member_id = @MemberId ORDER BY milestone_id
            """;
        const string progressEvents = """
            SELECT id AS Id, member_id AS MemberId, milestone_id AS MilestoneId, from_status AS FromStatus,
                   to_status AS ToStatus, note AS Note, reverts_event_id AS RevertsEventId, at AS At
            FROM progress_events WHERE member_id = @MemberId ORDER BY id
            """;
        const string guildMembers = """
            SELECT guild_id AS GuildId, member_id AS MemberId, first_seen_at AS FirstSeenAt, last_seen_at AS LastSeenAt
            FROM guild_members WHERE member_id = @MemberId ORDER BY first_seen_at
            """;
        const string nudges = """
            SELECT member_id AS MemberId, due_at AS DueAt, state AS State, claimed_at AS ClaimedAt, finished_at AS FinishedAt,
                   late AS Late, milestone_id AS MilestoneId, error_code AS ErrorCode, reason AS Reason, message_id AS MessageId,
                   asked_keep AS AskedKeep, kept_at AS KeptAt, guild_id AS GuildId, channel_id AS ChannelId
            FROM nudges WHERE member_id = @MemberId ORDER BY due_at
            """;
        const string cohortMembers = """
            SELECT cohort_id AS CohortId, guild_id AS GuildId, member_id AS MemberId, joined_at AS JoinedAt
            FROM cohort_members WHERE member_id = @MemberId ORDER BY joined_at, cohort_id
            """;
        // Through the member's cohorts, so the board's primary key finds the rows.
        const string cohortCompletions = """
            SELECT cohort_id AS CohortId, member_id AS MemberId, milestone_id AS MilestoneId, completed_at AS CompletedAt
            FROM cohort_completions
            WHERE cohort_id IN (SELECT cohort_id FROM cohort_members WHERE member_id = @MemberId) AND member_id = @MemberId
            ORDER BY cohort_id, completed_at, milestone_id
            """;
        const string challengeMembers = """
            SELECT challenge_id AS ChallengeId, guild_id AS GuildId, member_id AS MemberId, joined_at AS JoinedAt
            FROM challenge_members WHERE member_id = @MemberId ORDER BY joined_at, challenge_id
            """;
        const string challengeSubmissions = """
            SELECT id AS Id, guild_id AS GuildId, challenge_id AS ChallengeId, member_id AS MemberId, link AS Link, note AS Note,
                   submitted_at AS SubmittedAt, late AS Late, verdict AS Verdict, feedback AS Feedback, reviewed_at AS ReviewedAt,
                   replaced_at AS ReplacedAt
            FROM challenge_submissions WHERE member_id = @MemberId ORDER BY id
            """;
        var parameters = new { MemberId = memberId, cancellationToken };
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            using var transaction = connection.BeginTransaction(deferred: true);
            return new PrivacyExport
            {
                MemberId = memberId,
                ExportedAt = StoredTime.Now(time),
                Member = await connection.QuerySingleOrDefaultAsync<Member>(member, parameters, transaction),
                Progress = (await connection.QueryAsync<ProgressRow>(progress, parameters, transaction)).ToList(),
                ProgressEvents = (await connection.QueryAsync<ProgressEventRow>(progressEvents, parameters, transaction)).ToList(),
                GuildMembers = (await connection.QueryAsync<GuildMemberRow>(guildMembers, parameters, transaction)).ToList(),
                NudgeSettings = await connection.QuerySingleOrDefaultAsync<NudgeSettingsRow>(NudgeStore.SelectSettings, parameters, transaction),
                Nudges = (await connection.QueryAsync<NudgeRow>(nudges, parameters, transaction)).ToList(),
                CohortMembers = (await connection.QueryAsync<CohortMemberRow>(cohortMembers, parameters, transaction)).ToList(),
                CohortCompletions = (await connection.QueryAsync<CohortCompletionRow>(cohortCompletions, parameters, transaction)).ToList(),
                ChallengeMembers = (await connection.QueryAsync<ChallengeMemberRow>(challengeMembers, parameters, transaction)).ToList(),
                ChallengeSubmissions = (await connection.QueryAsync<ChallengeSubmissionRow>(challengeSubmissions, parameters, transaction)).ToList(),
            };
        }
    }

    /// <summary>
    /// Deletes every row about the member in one transaction and returns how many there were; what
    /// <see cref="ServerVisits"/> had noted about them and not yet written goes too.
    /// </summary>
    public Task<int> ForgetAsync(ulong memberId, CancellationToken cancellationToken) =>
        visits.ForgetAsync(memberId, () => DeleteAsync(memberId, cancellationToken));

    private async Task<int> DeleteAsync(ulong memberId, CancellationToken cancellationToken)
    {
        // Children first and explicitly, rather than trusting ON DELETE CASCADE alone: a table added
        // later without the cascade would otherwise keep rows or block the delete.
        const string sql = """
            DELETE FROM challenge_submissions WHERE member_id = @MemberId;
            DELETE FROM challenge_members WHERE member_id = @MemberId;
            DELETE FROM cohort_completions WHERE cohort_id IN (SELECT cohort_id FROM cohort_members WHERE member_id = @MemberId) AND member_id = @MemberId;
            DELETE FROM cohort_members WHERE member_id = @MemberId;
            DELETE FROM nudges WHERE member_id = @MemberId;
            DELETE FROM cohort_posts WHERE kind = 'nudge' AND subject_id = @MemberId;
            DELETE FROM nudge_settings WHERE member_id = @MemberId;
            DELETE FROM progress_events WHERE member_id = @MemberId;
            DELETE FROM progress WHERE member_id = @MemberId;
            DELETE FROM guild_members WHERE member_id = @MemberId;
            DELETE FROM members WHERE id = @MemberId;
            """;
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            var deleted = await connection.ExecuteAsync(sql, new { MemberId = memberId, cancellationToken }, transaction);
            transaction.Commit();
            return deleted;
        }
    }
}
