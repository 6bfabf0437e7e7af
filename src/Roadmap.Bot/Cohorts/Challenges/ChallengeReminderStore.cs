using Dapper;
using Roadmap.Bot.Persistence;

namespace Roadmap.Bot.Cohorts.Challenges;

/// <summary>
/// The reminders a day before a challenge is due: which challenges need theirs now, the claim that
/// makes each challenge's reminders go out once (a <c>reminder</c> row in <c>cohort_posts</c> for the
/// due time), and who is reminded: members who joined and have no submission yet.
/// </summary>
internal sealed class ChallengeReminderStore(SqliteConnectionFactory factory)
{
    /// <summary>How long before the due time the reminder goes.</summary>
    public static readonly TimeSpan Before = TimeSpan.FromHours(24);

    /// <summary>
    /// Open challenges whose reminder time has come and that are not yet due, not reminded for this
    /// due time, and were posted before their reminder time (one posted a few hours before it is due
    /// has just been announced, so no reminder follows).
    /// </summary>
    public async Task<IReadOnlyList<DueChallengeRow>> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        const string due = """
            SELECT ch.guild_id AS GuildId, ch.id AS Id, ch.due_at AS DueAt
            FROM challenges ch
            WHERE ch.closed_at IS NULL AND ch.due_at > @Now AND ch.due_at <= @Horizon AND ch.posted_at <= ch.due_at - @BeforeMs
              AND NOT EXISTS (SELECT 1 FROM cohort_posts p WHERE p.kind = 'reminder' AND p.subject_id = ch.id AND p.due_at = ch.due_at)
            ORDER BY ch.due_at, ch.id
            LIMIT @Limit
            """;
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            return (await connection.QueryAsync<DueChallengeRow>(due, new
            {
                Now = now,
                Horizon = now + Before,
                BeforeMs = (long)Before.TotalMilliseconds,
                Limit = limit,
                cancellationToken,
            })).ToList();
        }
    }

    /// <summary>Claims the challenge's reminders for its due time; false when they were claimed already.</summary>
    public async Task<bool> ClaimAsync(ClaimedPost post, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        const string claim = """
            INSERT INTO cohort_posts (guild_id, kind, subject_id, due_at, state, claimed_at, late)
            VALUES (@GuildId, 'reminder', @Id, @DueAt, 'sending', @Now, @Late)
            ON CONFLICT (kind, subject_id, due_at) DO NOTHING
            """;
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            return await connection.ExecuteAsync(claim, new { post.GuildId, post.Id, post.DueAt, Now = now, post.Late, cancellationToken }) == 1;
        }
    }

    /// <summary>Members of the challenge who joined and have no current submission.</summary>
    public async Task<IReadOnlyList<ReminderRecipient>> RecipientsAsync(ClaimedPost post, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        const string recipients = """
            SELECT cm.member_id AS MemberId, ns.dm_channel_id AS DmChannelId
            FROM challenge_members cm LEFT JOIN nudge_settings ns ON ns.member_id = cm.member_id
            WHERE cm.challenge_id = @Id AND cm.guild_id = @GuildId
              AND NOT EXISTS (SELECT 1 FROM challenge_submissions s WHERE s.challenge_id = cm.challenge_id AND s.member_id = cm.member_id AND s.replaced_at IS NULL)
            ORDER BY cm.joined_at, cm.member_id
            """;
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            return (await connection.QueryAsync<ReminderRecipient>(recipients, new { post.GuildId, post.Id, cancellationToken })).ToList();
        }
    }
}
