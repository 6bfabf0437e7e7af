using Dapper;
using Roadmap.Bot.Persistence;

namespace Roadmap.Bot.Cohorts;

/// <summary>
/// The scheduled posts of a server that failed (results, reminders, digests, and weekly nudges its
/// nudge channel refused), for <c>/mod config show</c>:
/// a failure in the night is recorded by the job that met it and told to moderators here.
/// </summary>
internal sealed class FailedPostStore(SqliteConnectionFactory factory)
{
    public const int Shown = 10;

    /// <summary>The server's latest failed posts, at most <see cref="Shown"/>, the latest first.</summary>
    public async Task<IReadOnlyList<FailedPostRow>> LatestAsync(ulong guildId, CancellationToken cancellationToken)
    {
        const string failed = """
            SELECT p.kind AS Kind, p.subject_id AS SubjectId, CASE WHEN p.kind = 'digest' THEN co.name ELSE ch.title END AS Subject, chco.name AS CohortName,
                   p.due_at AS DueAt, p.finished_at AS FinishedAt, p.error_code AS ErrorCode, p.reason AS Reason
            FROM cohort_posts p
            LEFT JOIN cohorts co ON p.kind = 'digest' AND co.id = p.subject_id AND co.guild_id = p.guild_id
            LEFT JOIN challenges ch ON p.kind IN ('reminder', 'results') AND ch.id = p.subject_id AND ch.guild_id = p.guild_id
            LEFT JOIN cohorts chco ON chco.id = ch.cohort_id AND chco.guild_id = p.guild_id
            WHERE p.guild_id = @GuildId AND p.state = 'failed'
            ORDER BY p.finished_at DESC, p.due_at DESC
            LIMIT @Shown
            """;
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            return (await connection.QueryAsync<FailedPostRow>(failed, new { GuildId = guildId, Shown, cancellationToken })).ToList();
        }
    }

    /// <summary>
    /// Records that the server's nudge channel refused a member's weekly nudge (their DMs being
    /// closed): a failed <c>nudge</c> post of the server, the member as its subject, once per due time.
    /// </summary>
    public async Task RecordNudgeAsync(ulong guildId, ulong memberId, DateTimeOffset dueAt, int? errorCode, string? reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string insert = """
            INSERT INTO cohort_posts (guild_id, kind, subject_id, due_at, state, claimed_at, finished_at, error_code, reason)
            VALUES (@GuildId, 'nudge', @MemberId, @DueAt, 'failed', @Now, @Now, @ErrorCode, @Reason)
            ON CONFLICT (kind, subject_id, due_at) DO NOTHING
            """;
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            await connection.ExecuteAsync(insert, new { GuildId = guildId, MemberId = memberId, DueAt = dueAt, ErrorCode = errorCode, Reason = reason, Now = now, cancellationToken });
        }
    }
}
