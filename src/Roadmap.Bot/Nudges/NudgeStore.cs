using Dapper;
using Microsoft.Data.Sqlite;
using Roadmap.Bot.Members;
using Roadmap.Bot.Persistence;

namespace Roadmap.Bot.Nudges;

/// <summary>
/// Members' nudge settings and the nudges they were sent. A change decides from the settings and
/// time zone read inside one IMMEDIATE transaction, so it cannot overwrite what the scheduler wrote
/// in between (a claimed nudge moves next_due_at forward).
/// </summary>
internal sealed class NudgeStore(SqliteConnectionFactory factory, TimeProvider time)
{
    /// <summary>A member's settings, every column (also what <c>/privacy export</c> shows).</summary>
    public const string SelectSettings = """
        SELECT member_id AS MemberId, state AS State, day_of_week AS DayOfWeek, local_time AS LocalTime,
               next_due_at AS NextDueAt, paused_until AS PausedUntil, pause_reason AS PauseReason,
               skipped_due_at AS SkippedDueAt, unanswered AS Unanswered, keep_asked_at AS KeepAskedAt,
               dm_channel_id AS DmChannelId, offered_at AS OfferedAt, dms_closed_told_at AS DmsClosedToldAt,
               created_at AS CreatedAt, updated_at AS UpdatedAt
        FROM nudge_settings
        WHERE member_id = @MemberId
        """;

    private const string SelectZone = """SELECT time_zone FROM members WHERE id = @MemberId""";

    /// <summary>The member's settings, their time zone and their latest nudge, read together.</summary>
    public async Task<NudgeStatus> StatusAsync(ulong memberId, CancellationToken cancellationToken)
    {
        const string lastNudge = """
            SELECT member_id AS MemberId, due_at AS DueAt, state AS State, claimed_at AS ClaimedAt, finished_at AS FinishedAt,
                   late AS Late, milestone_id AS MilestoneId, error_code AS ErrorCode, reason AS Reason, message_id AS MessageId,
                   asked_keep AS AskedKeep, kept_at AS KeptAt, guild_id AS GuildId, channel_id AS ChannelId
            FROM nudges
            WHERE member_id = @MemberId
            ORDER BY due_at DESC
            LIMIT 1
            """;
        var parameters = new { MemberId = memberId, cancellationToken };
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            using var transaction = connection.BeginTransaction(deferred: true);
            return new NudgeStatus(
                await connection.QuerySingleOrDefaultAsync<NudgeSettingsRow>(SelectSettings, parameters, transaction),
                await connection.QuerySingleOrDefaultAsync<string>(SelectZone, parameters, transaction),
                await connection.QuerySingleOrDefaultAsync<NudgeRow>(lastNudge, parameters, transaction));
        }
    }

    /// <summary>
    /// Changes the settings atomically: <paramref name="decide"/> gets the stored settings (the
    /// defaults when there are none) and the member's time zone id, and returns what to do. Only a
    /// <see cref="NudgeOutcome.Changed"/> outcome is written, creating the member if new; the
    /// scheduler's own columns (DM channel, when the opt-in was offered) are left as they are.
    /// </summary>
    public async Task<NudgeOutcome> ChangeAsync(ulong memberId, Func<NudgeSettingsRow, string?, NudgeOutcome> decide, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decide);
        var now = StoredTime.Now(time);
        var parameters = new { MemberId = memberId, cancellationToken };
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            var zone = await connection.QuerySingleOrDefaultAsync<string>(SelectZone, parameters, transaction);
            var stored = await connection.QuerySingleOrDefaultAsync<NudgeSettingsRow>(SelectSettings, parameters, transaction);
            var outcome = decide(stored ?? NudgeSettingsRow.Default(memberId), zone);
            if (!outcome.Changed)
            {
                return outcome;
            }

            await MemberStore.EnsureAsync(connection, transaction, memberId, now, cancellationToken);
            var saved = outcome.Settings with { MemberId = memberId, CreatedAt = stored?.CreatedAt ?? now, UpdatedAt = now };
            await SaveAsync(connection, transaction, saved, cancellationToken);
            transaction.Commit();
            return outcome with { Settings = saved };
        }
    }

    /// <summary>Keeps the member's DM channel, opened for a message sent outside the sweep, so it is opened only once.</summary>
    public async Task KeepDmChannelAsync(ulong memberId, ulong dmChannelId, CancellationToken cancellationToken)
    {
        const string update = """UPDATE nudge_settings SET dm_channel_id = @DmChannelId WHERE member_id = @MemberId""";
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            await connection.ExecuteAsync(update, new { MemberId = memberId, DmChannelId = dmChannelId, cancellationToken });
        }
    }

    /// <summary>
    /// The member showed a sign of life (<see cref="NudgeFatigue"/>): the unanswered count starts
    /// again and a pending "Keep these coming?" is taken back. Writes only when there is something to reset.
    /// </summary>
    public async Task AnsweredAsync(ulong memberId, CancellationToken cancellationToken)
    {
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            await connection.ExecuteAsync(ResetUnanswered, new { MemberId = memberId, Now = StoredTime.Now(time), cancellationToken });
        }
    }

    /// <summary>
    /// After the member recorded progress: resets the unanswered count, and when <paramref name="offer"/>
    /// creates their settings (off, with <c>offered_at</c>) if they have none yet. Returns whether it
    /// did, that is whether the opt-in is to be offered now: a member with settings has nudges on,
    /// turned them off, or was offered before. The insert decides, so two answers at once offer once.
    /// </summary>
    public async Task<bool> ProgressRecordedAsync(ulong memberId, bool offer, CancellationToken cancellationToken)
    {
        var parameters = new { MemberId = memberId, Now = StoredTime.Now(time), cancellationToken };
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            await connection.ExecuteAsync(ResetUnanswered, parameters, transaction);
            var isOffered = offer && await connection.ExecuteAsync(Offered, parameters, transaction) == 1;
            transaction.Commit();
            return isOffered;
        }
    }

    /// <summary>
    /// The member pressed Keep under the nudge due at <paramref name="dueAt"/>: a sign of life, and
    /// the answer is kept on that nudge's row for the history (the first press only).
    /// </summary>
    public async Task KeepAsync(ulong memberId, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        const string kept = """
            UPDATE nudges SET kept_at = @Now
            WHERE member_id = @MemberId AND due_at = @DueAt AND asked_keep = 1 AND kept_at IS NULL
            """;
        var parameters = new { MemberId = memberId, DueAt = dueAt, Now = StoredTime.Now(time), cancellationToken };
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            await connection.ExecuteAsync(ResetUnanswered, parameters, transaction);
            await connection.ExecuteAsync(kept, parameters, transaction);
            transaction.Commit();
        }
    }

    /// <summary>
    /// The opt-in is to be offered to the member now, outside progress (joining a cohort): creates their
    /// settings (off, with <c>offered_at</c>) if they have none, and returns whether it did. Not a sign
    /// of life for <see cref="NudgeFatigue"/>, which counts only answers to nudges and progress.
    /// </summary>
    public async Task<bool> OfferAsync(ulong memberId, CancellationToken cancellationToken)
    {
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            return await connection.ExecuteAsync(Offered, new { MemberId = memberId, Now = StoredTime.Now(time), cancellationToken }) == 1;
        }
    }

    private const string Offered = """
        INSERT INTO nudge_settings (member_id, state, offered_at, created_at, updated_at)
        SELECT @MemberId, 'off', @Now, @Now, @Now
        WHERE EXISTS (SELECT 1 FROM members WHERE id = @MemberId)
        ON CONFLICT (member_id) DO NOTHING
        """;

    private const string ResetUnanswered = """
        UPDATE nudge_settings SET unanswered = 0, keep_asked_at = NULL, updated_at = @Now
        WHERE member_id = @MemberId AND (unanswered <> 0 OR keep_asked_at IS NOT NULL)
        """;

    private static Task<int> SaveAsync(SqliteConnection connection, SqliteTransaction transaction, NudgeSettingsRow row, CancellationToken cancellationToken)
    {
        const string upsert = """
            INSERT INTO nudge_settings (member_id, state, day_of_week, local_time, next_due_at, paused_until, pause_reason,
                                        skipped_due_at, unanswered, keep_asked_at, created_at, updated_at)
            VALUES (@MemberId, @State, @DayOfWeek, @LocalTime, @NextDueAt, @PausedUntil, @PauseReason,
                    @SkippedDueAt, @Unanswered, @KeepAskedAt, @CreatedAt, @UpdatedAt)
            ON CONFLICT (member_id) DO UPDATE SET
                state = excluded.state, day_of_week = excluded.day_of_week, local_time = excluded.local_time,
                next_due_at = excluded.next_due_at, paused_until = excluded.paused_until, pause_reason = excluded.pause_reason,
                skipped_due_at = excluded.skipped_due_at, unanswered = excluded.unanswered, keep_asked_at = excluded.keep_asked_at,
                updated_at = excluded.updated_at
            """;
        return connection.ExecuteAsync(upsert, new
        {
            row.MemberId,
            row.State,
            row.DayOfWeek,
            row.LocalTime,
            row.NextDueAt,
            row.PausedUntil,
            row.PauseReason,
            row.SkippedDueAt,
            row.Unanswered,
            row.KeepAskedAt,
            row.CreatedAt,
            row.UpdatedAt,
            cancellationToken,
        }, transaction);
    }
}
