using Dapper;
using Roadmap.Bot.Cohorts.Challenges;
using Roadmap.Bot.Persistence;

namespace Roadmap.Bot.Cohorts.Digests;

/// <summary>
/// Which cohorts are owed a digest for a due time, and the claim that posts each exactly once: a
/// <c>digest</c> row in <c>cohort_posts</c> (one per cohort and due time), written <c>sending</c>
/// before anything is posted, as challenge posts and nudges are claimed. What became of it is
/// recorded with <see cref="ChallengeDueStore.FinishAsync"/>.
/// </summary>
internal sealed class CohortDigestStore(SqliteConnectionFactory factory)
{
    /// <summary>
    /// Cohorts active at <paramref name="dueAt"/> (not archived, started, not ended, already created)
    /// with no digest row for it, oldest first.
    /// </summary>
    public async Task<IReadOnlyList<DueDigestRow>> DueAsync(DateTimeOffset dueAt, int limit, CancellationToken cancellationToken)
    {
        const string due = """
            SELECT c.guild_id AS GuildId, c.id AS CohortId
            FROM cohorts c
            WHERE c.archived_at IS NULL AND c.starts_at <= @DueAt AND (c.ends_at IS NULL OR c.ends_at > @DueAt) AND c.created_at <= @DueAt
              AND NOT EXISTS (SELECT 1 FROM cohort_posts p WHERE p.kind = 'digest' AND p.subject_id = c.id AND p.due_at = @DueAt)
            ORDER BY c.id LIMIT @Limit
            """;
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            return (await connection.QueryAsync<DueDigestRow>(due, new { DueAt = dueAt, Limit = limit, cancellationToken })).ToList();
        }
    }

    /// <summary>How many members have a current submission to each of the cohort's open challenges (none: left out).</summary>
    public async Task<IReadOnlyDictionary<long, int>> SubmittedAsync(ulong guildId, long cohortId, CancellationToken cancellationToken)
    {
        const string counts = """
            SELECT s.challenge_id AS ChallengeId, count(*) AS Submitted
            FROM challenges ch JOIN challenge_submissions s ON s.challenge_id = ch.id AND s.replaced_at IS NULL
            WHERE ch.cohort_id = @CohortId AND ch.guild_id = @GuildId AND ch.closed_at IS NULL
            GROUP BY s.challenge_id
            """;
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            return (await connection.QueryAsync<SubmittedCount>(counts, new { GuildId = guildId, CohortId = cohortId, cancellationToken }))
                .ToDictionary(c => c.ChallengeId, c => c.Submitted);
        }
    }

    /// <summary>Claims the cohort's digest for its due time; false when a run before this one claimed or recorded it.</summary>
    public Task<bool> ClaimAsync(ClaimedPost post, DateTimeOffset now, CancellationToken cancellationToken) =>
        InsertAsync(post, "sending", null, now, cancellationToken);

    /// <summary>Records the digest as missed without posting it (the bot was down for longer than a week).</summary>
    public Task<bool> MissAsync(ClaimedPost post, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        InsertAsync(post, "missed", reason, now, cancellationToken);

    private async Task<bool> InsertAsync(ClaimedPost post, string state, string? reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        const string insert = """
            INSERT INTO cohort_posts (guild_id, kind, subject_id, due_at, state, claimed_at, finished_at, late, reason)
            VALUES (@GuildId, 'digest', @Id, @DueAt, @State, @Now, CASE WHEN @State = 'sending' THEN NULL ELSE @Now END, @Late, @Reason)
            ON CONFLICT (kind, subject_id, due_at) DO NOTHING
            """;
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            return await connection.ExecuteAsync(insert, new { post.GuildId, post.Id, post.DueAt, post.Late, State = state, Reason = reason, Now = now, cancellationToken }) == 1;
        }
    }
}
