using Dapper;
using Roadmap.Bot.Persistence;

namespace Roadmap.Bot.Cohorts.Challenges;

/// <summary>
/// Challenges whose due time has come, across servers, and the claim that closes each exactly once:
/// one IMMEDIATE transaction closes the challenge and records its results post as <c>sending</c> in
/// <c>cohort_posts</c> before anything is posted, as nudges are claimed.
/// </summary>
internal sealed class ChallengeDueStore(SqliteConnectionFactory factory)
{
    /// <summary>Open challenges due at or before <paramref name="now"/>, oldest first.</summary>
    public async Task<IReadOnlyList<DueChallengeRow>> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        const string due = """
            SELECT guild_id AS GuildId, id AS Id, due_at AS DueAt
            FROM challenges WHERE closed_at IS NULL AND due_at <= @Now ORDER BY due_at, id LIMIT @Limit
            """;
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            return (await connection.QueryAsync<DueChallengeRow>(due, new { Now = now, Limit = limit, cancellationToken })).ToList();
        }
    }

    /// <summary>
    /// Closes the challenge at its due time and claims its results post; false when it was closed,
    /// extended or claimed in the meantime, so nothing is to be posted.
    /// </summary>
    public async Task<bool> ClaimAsync(ulong guildId, long challengeId, DateTimeOffset dueAt, DateTimeOffset now, bool late, CancellationToken cancellationToken)
    {
        const string close = "UPDATE challenges SET closed_at = @DueAt WHERE guild_id = @GuildId AND id = @Id AND closed_at IS NULL AND due_at = @DueAt";
        const string claim = """
            INSERT INTO cohort_posts (guild_id, kind, subject_id, due_at, state, claimed_at, late)
            VALUES (@GuildId, 'results', @Id, @DueAt, 'sending', @Now, @Late)
            ON CONFLICT (kind, subject_id, due_at) DO NOTHING
            """;
        var parameters = new { GuildId = guildId, Id = challengeId, DueAt = dueAt, Now = now, Late = late, cancellationToken };
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            if (await connection.ExecuteAsync(close, parameters, transaction) != 1 || await connection.ExecuteAsync(claim, parameters, transaction) != 1)
            {
                return false;
            }

            transaction.Commit();
            return true;
        }
    }

    /// <summary>Posts of <paramref name="kind"/> (<c>results</c>, <c>reminder</c>) a previous run claimed and never recorded.</summary>
    public async Task<IReadOnlyList<ClaimedPostRow>> SendingAsync(string kind, CancellationToken cancellationToken)
    {
        const string sending = """
            SELECT guild_id AS GuildId, subject_id AS SubjectId, due_at AS DueAt, claimed_at AS ClaimedAt, late AS Late
            FROM cohort_posts WHERE kind = @Kind AND state = 'sending' ORDER BY claimed_at
            """;
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            return (await connection.QueryAsync<ClaimedPostRow>(sending, new { Kind = kind, cancellationToken })).ToList();
        }
    }

    /// <summary>Records what became of a claimed post: sent, failed (with Discord's code), or unknown.</summary>
    public async Task FinishAsync(string kind, ClaimedPost post, string state, int? errorCode, string? reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        const string finish = """
            UPDATE cohort_posts SET state = @State, finished_at = @Now, error_code = @ErrorCode, reason = @Reason
            WHERE kind = @Kind AND subject_id = @Id AND due_at = @DueAt AND guild_id = @GuildId AND state = 'sending'
            """;
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            await connection.ExecuteAsync(finish, new { Kind = kind, post.GuildId, post.Id, post.DueAt, State = state, ErrorCode = errorCode, Reason = reason, Now = now, cancellationToken });
        }
    }
}
