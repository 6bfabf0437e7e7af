using Dapper;
using Microsoft.Data.Sqlite;
using Roadmap.Bot.Members;
using Roadmap.Bot.Persistence;

namespace Roadmap.Bot.Cohorts.Challenges;

/// <summary>
/// A server's challenges, who joined them and what was submitted. Every call names the server (or
/// takes a <see cref="Challenge"/> read with it), so an id from another server is simply unknown.
/// </summary>
internal sealed class ChallengeStore(SqliteConnectionFactory factory, TimeProvider time)
{
    private const string SelectChallenge = """
        SELECT ch.id AS Id, ch.guild_id AS GuildId, ch.cohort_id AS CohortId, co.name AS CohortName, co.archived_at AS CohortArchivedAt,
               ch.title AS Title, ch.details AS Details, ch.milestone_id AS MilestoneId, ch.project_id AS ProjectId, ch.due_at AS DueAt,
               ch.posted_at AS PostedAt, ch.channel_id AS ChannelId, ch.message_id AS MessageId, ch.closed_at AS ClosedAt
        FROM challenges ch JOIN cohorts co ON co.id = ch.cohort_id AND co.guild_id = ch.guild_id
        """;

    private const string SelectSubmission = """
        SELECT id AS Id, guild_id AS GuildId, challenge_id AS ChallengeId, member_id AS MemberId, link AS Link, note AS Note,
               submitted_at AS SubmittedAt, late AS Late, verdict AS Verdict, feedback AS Feedback, reviewed_at AS ReviewedAt, replaced_at AS ReplacedAt
        FROM challenge_submissions
        """;

    public async Task<Challenge> CreateAsync(NewChallenge challenge, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        const string insert = """
            INSERT INTO challenges (guild_id, cohort_id, title, details, milestone_id, project_id, due_at, posted_at, channel_id)
            VALUES (@GuildId, @CohortId, @Title, @Details, @MilestoneId, @ProjectId, @DueAt, @Now, @ChannelId)
            RETURNING id
            """;
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            var id = await connection.ExecuteScalarAsync<long>(insert, new
            {
                challenge.Cohort.GuildId,
                CohortId = challenge.Cohort.Id,
                challenge.Title,
                challenge.Details,
                challenge.MilestoneId,
                challenge.ProjectId,
                challenge.DueAt,
                Now = StoredTime.Now(time),
                challenge.Cohort.ChannelId,
                cancellationToken,
            });
            return (await FindAsync(connection, challenge.Cohort.GuildId, id, cancellationToken))!;
        }
    }

    /// <summary>Takes back a challenge whose announcement could not be posted, so the moderator's failed post leaves nothing behind.</summary>
    public async Task RemoveUnannouncedAsync(Challenge challenge, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        const string delete = "DELETE FROM challenges WHERE guild_id = @GuildId AND id = @Id AND message_id IS NULL";
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            await connection.ExecuteAsync(delete, new { challenge.GuildId, challenge.Id, cancellationToken });
        }
    }

    /// <summary>Keeps where the announcement went, with its Join and Submit buttons.</summary>
    public async Task<Challenge> AnnouncedAsync(Challenge challenge, ulong channelId, ulong messageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        const string update = "UPDATE challenges SET channel_id = @ChannelId, message_id = @MessageId WHERE guild_id = @GuildId AND id = @Id";
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            await connection.ExecuteAsync(update, new { challenge.GuildId, challenge.Id, ChannelId = channelId, MessageId = messageId, cancellationToken });
        }

        return challenge with { ChannelId = channelId, MessageId = messageId };
    }

    /// <summary>The server's challenge with this id; null when this server has none by that id.</summary>
    public async Task<Challenge?> FindAsync(ulong guildId, long challengeId, CancellationToken cancellationToken)
    {
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            return await FindAsync(connection, guildId, challengeId, cancellationToken);
        }
    }

    /// <summary>
    /// The server's challenges in cohorts that are not archived (one cohort's when <paramref name="cohortId"/>
    /// is given), open ones first by due date, then the closed ones, latest first; at most <paramref name="limit"/>.
    /// </summary>
    public async Task<IReadOnlyList<Challenge>> ListAsync(ulong guildId, long? cohortId, int limit, CancellationToken cancellationToken)
    {
        const string list = SelectChallenge + """

            WHERE ch.guild_id = @GuildId AND co.archived_at IS NULL AND (@CohortId IS NULL OR ch.cohort_id = @CohortId)
            ORDER BY ch.closed_at IS NOT NULL, CASE WHEN ch.closed_at IS NULL THEN ch.due_at ELSE -ch.due_at END, ch.id
            LIMIT @Limit
            """;
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            return (await connection.QueryAsync<Challenge>(list, new { GuildId = guildId, CohortId = cohortId, Limit = limit, cancellationToken })).ToList();
        }
    }

    /// <summary>Closes the challenge; false when it is unknown in this server or closed already.</summary>
    public async Task<bool> CloseAsync(ulong guildId, long challengeId, CancellationToken cancellationToken)
    {
        const string close = "UPDATE challenges SET closed_at = @Now WHERE guild_id = @GuildId AND id = @Id AND closed_at IS NULL";
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            return await connection.ExecuteAsync(close, new { GuildId = guildId, Id = challengeId, Now = StoredTime.Now(time), cancellationToken }) == 1;
        }
    }

    /// <summary>Moves an open challenge's due date; false when it is unknown in this server or closed.</summary>
    public async Task<bool> ExtendAsync(ulong guildId, long challengeId, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        const string extend = "UPDATE challenges SET due_at = @DueAt WHERE guild_id = @GuildId AND id = @Id AND closed_at IS NULL";
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            return await connection.ExecuteAsync(extend, new { GuildId = guildId, Id = challengeId, DueAt = dueAt, cancellationToken }) == 1;
        }
    }

    /// <summary>Adds the member to the challenge (creating the member if new); false when they had joined already.</summary>
    public async Task<bool> JoinAsync(Challenge challenge, ulong memberId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        var now = StoredTime.Now(time);
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            await MemberStore.EnsureAsync(connection, transaction, memberId, now, cancellationToken);
            var added = await JoinAsync(connection, transaction, challenge, memberId, now, cancellationToken);
            transaction.Commit();
            return added;
        }
    }

    /// <summary>
    /// Records the member's submission, late when the due date has passed, as their one current
    /// submission: the one before is marked replaced and kept. Submitting also joins the challenge.
    /// </summary>
    public async Task<ChallengeSubmissionRow> SubmitAsync(Challenge challenge, ulong memberId, string link, string? note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        const string replace = """
            UPDATE challenge_submissions SET replaced_at = @Now
            WHERE challenge_id = @ChallengeId AND member_id = @MemberId AND replaced_at IS NULL
            """;
        const string insert = """
            INSERT INTO challenge_submissions (guild_id, challenge_id, member_id, link, note, submitted_at, late)
            VALUES (@GuildId, @ChallengeId, @MemberId, @Link, @Note, @Now, @Late)
            RETURNING id
            """;
        var now = StoredTime.Now(time);
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            await MemberStore.EnsureAsync(connection, transaction, memberId, now, cancellationToken);
            await JoinAsync(connection, transaction, challenge, memberId, now, cancellationToken);
            await connection.ExecuteAsync(replace, new { ChallengeId = challenge.Id, MemberId = memberId, Now = now, cancellationToken }, transaction);
            var late = now > challenge.DueAt;
            var id = await connection.ExecuteScalarAsync<long>(insert, new
            {
                challenge.GuildId,
                ChallengeId = challenge.Id,
                MemberId = memberId,
                Link = link,
                Note = note,
                Now = now,
                Late = late,
                cancellationToken,
            }, transaction);
            transaction.Commit();
            return new ChallengeSubmissionRow { Id = id, GuildId = challenge.GuildId, ChallengeId = challenge.Id, MemberId = memberId, Link = link, Note = note, SubmittedAt = now, Late = late };
        }
    }

    /// <summary>The member's current submission to the challenge; null when they have none.</summary>
    public async Task<ChallengeSubmissionRow?> CurrentAsync(Challenge challenge, ulong memberId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            return await CurrentAsync(connection, null, challenge, memberId, cancellationToken);
        }
    }

    /// <summary>Sets the verdict on the member's current submission; null when they have none.</summary>
    public async Task<ChallengeSubmissionRow?> ReviewAsync(Challenge challenge, ulong memberId, string verdict, string? feedback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        const string review = """
            UPDATE challenge_submissions SET verdict = @Verdict, feedback = @Feedback, reviewed_at = @Now
            WHERE guild_id = @GuildId AND challenge_id = @ChallengeId AND member_id = @MemberId AND replaced_at IS NULL
            """;
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            var changed = await connection.ExecuteAsync(review, new
            {
                challenge.GuildId,
                ChallengeId = challenge.Id,
                MemberId = memberId,
                Verdict = verdict,
                Feedback = feedback,
                Now = StoredTime.Now(time),
                cancellationToken,
            }, transaction);
            var current = changed == 1 ? await CurrentAsync(connection, transaction, challenge, memberId, cancellationToken) : null;
            transaction.Commit();
            return current;
        }
    }

    /// <summary>The challenge's board, from each member's current submission and their visibility.</summary>
    public async Task<ChallengeBoard> BoardAsync(Challenge challenge, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        const string rows = """
            SELECT s.member_id AS MemberId, s.link AS Link, s.late AS Late, s.verdict AS Verdict, s.submitted_at AS SubmittedAt, m.visibility AS Visibility
            FROM challenge_submissions s JOIN members m ON m.id = s.member_id
            WHERE s.guild_id = @GuildId AND s.challenge_id = @ChallengeId AND s.replaced_at IS NULL
            ORDER BY s.submitted_at, s.id
            """;
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            var read = (await connection.QueryAsync<BoardRow>(rows, new { challenge.GuildId, ChallengeId = challenge.Id, cancellationToken })).ToList();
            return ChallengeBoard.From(read);
        }
    }

    /// <summary>
    /// The challenge's board as members see it (<c>/challenge board</c>): the first
    /// <paramref name="listed"/> ranked members and the counts, counted by the database, without the
    /// links (members are not shown duplicates, so nothing needs every submission in memory).
    /// </summary>
    public async Task<ChallengeBoard> MemberBoardAsync(Challenge challenge, int listed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        // Both parts read only ix_challenge_submissions_board (0010_board_indexes): each current
        // submission carries whether its member shares, so no member is looked up.
        const string board = """
            SELECT 0 AS IsSummary, member_id AS MemberId, submitted_at AS SubmittedAt,
                   0 AS Submitted, 0 AS Accepted, 0 AS Waiting, 0 AS Late, 0 AS Ranked, 0 AS Hidden
            FROM (SELECT id, member_id, submitted_at FROM challenge_submissions INDEXED BY ix_challenge_submissions_board
                  WHERE challenge_id = @ChallengeId AND guild_id = @GuildId AND shares = 1 AND verdict = 'accepted' AND late = 0
                    AND replaced_at IS NULL
                  ORDER BY submitted_at, id LIMIT @Listed)
            UNION ALL
            SELECT 1, 0, 0, count(*), coalesce(sum(verdict IS 'accepted'), 0), coalesce(sum(verdict IS NULL), 0), coalesce(sum(late), 0),
                   coalesce(sum(verdict IS 'accepted' AND late = 0 AND shares = 1), 0), coalesce(sum(verdict IS 'accepted' AND late = 0 AND shares = 0), 0)
            FROM challenge_submissions INDEXED BY ix_challenge_submissions_board
            WHERE challenge_id = @ChallengeId AND guild_id = @GuildId AND replaced_at IS NULL
            """;
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            var rows = (await connection.QueryAsync<BoardSummaryRow>(board, new { challenge.GuildId, ChallengeId = challenge.Id, Listed = listed, cancellationToken })).ToList();
            var summary = rows.Single(r => r.IsSummary);
            var ranked = ChallengeBoard.Rank(rows.Where(r => !r.IsSummary).Select(r => (r.MemberId, 1, r.SubmittedAt)));
            return new ChallengeBoard(ranked, summary.Hidden, summary.Submitted, summary.Accepted, summary.Waiting, summary.Late, []) { RankedCount = summary.Ranked };
        }
    }

    private static Task<Challenge?> FindAsync(SqliteConnection connection, ulong guildId, long challengeId, CancellationToken cancellationToken)
    {
        const string find = SelectChallenge + """

            WHERE ch.guild_id = @GuildId AND ch.id = @ChallengeId
            """;
        return connection.QuerySingleOrDefaultAsync<Challenge>(find, new { GuildId = guildId, ChallengeId = challengeId, cancellationToken });
    }

    private static Task<ChallengeSubmissionRow?> CurrentAsync(SqliteConnection connection, SqliteTransaction? transaction, Challenge challenge, ulong memberId, CancellationToken cancellationToken)
    {
        const string current = SelectSubmission + """

            WHERE guild_id = @GuildId AND challenge_id = @ChallengeId AND member_id = @MemberId AND replaced_at IS NULL
            """;
        return connection.QuerySingleOrDefaultAsync<ChallengeSubmissionRow>(current, new { challenge.GuildId, ChallengeId = challenge.Id, MemberId = memberId, cancellationToken }, transaction);
    }

    private static async Task<bool> JoinAsync(SqliteConnection connection, SqliteTransaction transaction, Challenge challenge, ulong memberId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string join = """
            INSERT INTO challenge_members (challenge_id, guild_id, member_id, joined_at) VALUES (@ChallengeId, @GuildId, @MemberId, @Now)
            ON CONFLICT (challenge_id, member_id) DO NOTHING
            """;
        return await connection.ExecuteAsync(join, new { ChallengeId = challenge.Id, challenge.GuildId, MemberId = memberId, Now = now, cancellationToken }, transaction) == 1;
    }
}
