using Dapper;
using Microsoft.Data.Sqlite;
using Roadmap.Bot.Persistence;

namespace Roadmap.Bot.Nudges;

/// <summary>
/// The sweep's reads and writes. A claim runs in one IMMEDIATE transaction, which takes SQLite's
/// write lock before it reads: a second sweep (or a /nudges change) waits for it and then sees the
/// next due times already moved, so each member's due time is claimed once. Each update also checks
/// the due time it read, so a claim never overwrites a change it did not see.
/// </summary>
internal sealed class NudgeSweepStore(SqliteConnectionFactory factory, DmsClosedMembers dmsClosed)
{
    /// <summary>
    /// Records the due times members skipped that have now passed, then claims every member whose
    /// next nudge is due at <paramref name="now"/> (<see cref="NudgeClaim.Decide"/>): one
    /// <c>nudges</c> row each, the settings moved on. Returns the nudges to send, committed as <c>sending</c>.
    /// </summary>
    public async Task<IReadOnlyList<DueNudge>> ClaimAsync(DateTimeOffset now, TimeSpan catchUp, TimeSpan lateAfter, CancellationToken cancellationToken)
    {
        const string recordSkips = """
            INSERT INTO nudges (member_id, due_at, state, claimed_at, finished_at, reason)
            SELECT member_id, skipped_due_at, 'skipped', @Now, @Now, @Reason
            FROM nudge_settings
            WHERE skipped_due_at <= @Now AND (next_due_at IS NULL OR skipped_due_at <> next_due_at)
            ON CONFLICT (member_id, due_at) DO NOTHING;
            UPDATE nudge_settings SET skipped_due_at = NULL
            WHERE skipped_due_at <= @Now AND (next_due_at IS NULL OR skipped_due_at <> next_due_at);
            """;
        const string selectDue = """
            SELECT s.member_id AS MemberId, s.state AS State, s.day_of_week AS DayOfWeek, s.local_time AS LocalTime,
                   s.next_due_at AS NextDueAt, s.skipped_due_at AS SkippedDueAt, s.dm_channel_id AS DmChannelId,
                   s.unanswered AS Unanswered, s.keep_asked_at AS KeepAskedAt, m.time_zone AS TimeZone
            FROM nudge_settings s
            JOIN members m ON m.id = s.member_id
            WHERE s.next_due_at <= @Now
            ORDER BY s.next_due_at, s.member_id
            """;
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            await connection.ExecuteAsync(recordSkips, new { Now = now, Reason = NudgeClaim.SkippedByMember, cancellationToken }, transaction);
            var due = await connection.QueryAsync<DueSettingsRow>(selectDue, new { Now = now, cancellationToken }, transaction);
            var toSend = new List<DueNudge>();
            foreach (var claim in due.Select(d => NudgeClaim.Decide(d, now, catchUp, lateAfter)).ToList())
            {
                if (await WriteClaimAsync(connection, transaction, claim, now, cancellationToken) && claim.ToSend is { } nudge)
                {
                    toSend.Add(nudge);
                }
            }

            transaction.Commit();
            return toSend;
        }
    }

    /// <summary>Writes one claim; false when the due time was already claimed (the write lock makes that impossible, the check makes it harmless).</summary>
    private static async Task<bool> WriteClaimAsync(SqliteConnection connection, SqliteTransaction transaction, NudgeClaim claim, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The row says what happened at once for a skip or a miss; a nudge to send stays 'sending'
        // until the sender answers. A member's pause ends when its slot comes; a pause for no reply
        // (the fatigue rule) starts here, with nothing due and no skip left to record.
        const string insert = """
            INSERT INTO nudges (member_id, due_at, state, claimed_at, finished_at, late, reason, asked_keep)
            VALUES (@MemberId, @DueAt, @RowState, @Now, CASE WHEN @RowState = 'sending' THEN NULL ELSE @Now END, @Late, @Reason, @AsksKeep)
            ON CONFLICT (member_id, due_at) DO NOTHING
            """;
        const string update = """
            UPDATE nudge_settings
            SET state = @SettingsState, next_due_at = @NextDueAt, paused_until = NULL, pause_reason = @PauseReason,
                skipped_due_at = CASE WHEN @PauseReason IS NOT NULL OR skipped_due_at <= @Now THEN NULL ELSE skipped_due_at END, updated_at = @Now
            WHERE member_id = @MemberId AND next_due_at = @DueAt
            """;
        var parameters = new
        {
            claim.MemberId,
            claim.DueAt,
            claim.RowState,
            Now = now,
            Late = claim.Late ? 1 : 0,
            claim.Reason,
            claim.SettingsState,
            claim.NextDueAt,
            claim.PauseReason,
            AsksKeep = claim.AsksKeep ? 1 : 0,
            cancellationToken,
        };
        var inserted = await connection.ExecuteAsync(insert, parameters, transaction) == 1;
        var moved = await connection.ExecuteAsync(update, parameters, transaction) == 1;
        return inserted && moved;
    }

    /// <summary>
    /// Start-up recovery, for nudges a previous run left <c>sending</c> (claimed before
    /// <paramref name="now"/>): those claimed within <paramref name="resendWithin"/> are returned to
    /// be sent again with the same due time, hence the same nonce; older ones are marked
    /// <c>unknown</c>, since Discord may have created the message and a nonce only protects for a few minutes.
    /// </summary>
    public async Task<IReadOnlyList<DueNudge>> RecoverAsync(DateTimeOffset now, TimeSpan resendWithin, CancellationToken cancellationToken)
    {
        const string markUnknown = """
            UPDATE nudges SET state = 'unknown', finished_at = @Now
            WHERE state = 'sending' AND claimed_at <= @Cutoff
            """;
        const string selectRecent = """
            SELECT n.member_id AS MemberId, n.due_at AS DueAt, n.late AS Late, s.dm_channel_id AS DmChannelId, n.asked_keep AS AsksKeep
            FROM nudges n
            LEFT JOIN nudge_settings s ON s.member_id = n.member_id
            WHERE n.state = 'sending' AND n.claimed_at > @Cutoff AND n.claimed_at < @Now
            ORDER BY n.due_at, n.member_id
            """;
        var parameters = new { Now = now, Cutoff = now - resendWithin, cancellationToken };
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            await connection.ExecuteAsync(markUnknown, parameters, transaction);
            var recent = await connection.QueryAsync<SendingNudgeRow>(selectRecent, parameters, transaction);
            transaction.Commit();
            return recent.Select(r => new DueNudge(r.MemberId, r.DueAt, r.Late, r.DmChannelId, r.AsksKeep)).ToList();
        }
    }

    /// <summary>
    /// Puts back claimed nudges that were never handed to the sender (the sweep stopped first): the
    /// row goes and the member's next nudge is the held one again, so a later sweep, or the next start,
    /// claims it as any overdue nudge (same due time, so the same nonce; late, or missed past the
    /// catch-up window). Nothing was sent for it, so this can never make a second message. A member
    /// whose settings changed since the claim (off, paused, moved) keeps the change, and the nudge is
    /// recorded skipped with <paramref name="reason"/>.
    /// </summary>
    public async Task ReleaseAsync(IReadOnlyList<DueNudge> nudges, DateTimeOffset now, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nudges);
        // The claim wrote updated_at = claimed_at; anything the member did since wrote a later one.
        const string restore = """
            UPDATE nudge_settings SET next_due_at = @DueAt, updated_at = @Now
            WHERE member_id = @MemberId AND state = 'on'
              AND updated_at = (SELECT claimed_at FROM nudges WHERE member_id = @MemberId AND due_at = @DueAt AND state = 'sending')
            """;
        const string unclaim = """DELETE FROM nudges WHERE member_id = @MemberId AND due_at = @DueAt AND state = 'sending'""";
        const string skip = """
            UPDATE nudges SET state = 'skipped', finished_at = @Now, reason = @Reason
            WHERE member_id = @MemberId AND due_at = @DueAt AND state = 'sending'
            """;
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            foreach (var nudge in nudges)
            {
                var parameters = new { nudge.MemberId, nudge.DueAt, Now = now, Reason = reason, cancellationToken };
                // Each call with its own constant SQL: Dapper.AOT generates code per call site and SQL text.
                if (await connection.ExecuteAsync(restore, parameters, transaction) == 1)
                {
                    await connection.ExecuteAsync(unclaim, parameters, transaction);
                }
                else
                {
                    await connection.ExecuteAsync(skip, parameters, transaction);
                }
            }

            transaction.Commit();
        }
    }

    /// <summary>
    /// Records as <c>unknown</c>, with <paramref name="reason"/>, nudges a previous run left
    /// <c>sending</c> that are not resent after all: it may have sent them, and by the time the sweep
    /// may send again their nonce no longer guards against a second message.
    /// </summary>
    public async Task GiveUpAsync(IReadOnlyList<DueNudge> nudges, DateTimeOffset now, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nudges);
        const string sql = """
            UPDATE nudges SET state = 'unknown', finished_at = @Now, reason = @Reason
            WHERE member_id = @MemberId AND due_at = @DueAt AND state = 'sending'
            """;
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            foreach (var nudge in nudges)
            {
                await connection.ExecuteAsync(sql, new { nudge.MemberId, nudge.DueAt, Now = now, Reason = reason, cancellationToken }, transaction);
            }

            transaction.Commit();
        }
    }

    /// <summary>Whether the nudge is still waiting to be sent: false once the member was forgotten (or it was recorded).</summary>
    public async Task<bool> IsStillSendingAsync(DueNudge nudge, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nudge);
        const string sql = """SELECT count(*) FROM nudges WHERE member_id = @MemberId AND due_at = @DueAt AND state = 'sending'""";
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            return await connection.ExecuteScalarAsync<long>(sql, new { nudge.MemberId, nudge.DueAt, cancellationToken }) > 0;
        }
    }

    /// <summary>Whether the member's previous nudge was posted in a nudge channel (their DMs were closed then).</summary>
    public async Task<bool> PreviousWentToChannelAsync(DueNudge nudge, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nudge);
        const string sql = """
            SELECT count(*) FROM (
                SELECT state, channel_id FROM nudges WHERE member_id = @MemberId AND due_at < @DueAt ORDER BY due_at DESC LIMIT 1)
            WHERE state = 'sent' AND channel_id IS NOT NULL
            """;
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            return await connection.ExecuteScalarAsync<long>(sql, new { nudge.MemberId, nudge.DueAt, cancellationToken }) > 0;
        }
    }

    /// <summary>
    /// Writes on the nudge's row the nudge channel it goes to instead of a DM, unless one was written
    /// before, and returns the one written: a resend after a crash goes to the channel the first try
    /// chose (with the same nonce), even if the member used another server in between. Null when the
    /// nudge is no longer waiting to be sent.
    /// </summary>
    public async Task<NudgeChannelTarget?> PinChannelAsync(DueNudge nudge, NudgeChannelTarget chosen, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nudge);
        ArgumentNullException.ThrowIfNull(chosen);
        const string pin = """
            UPDATE nudges SET guild_id = @GuildId, channel_id = @ChannelId
            WHERE member_id = @MemberId AND due_at = @DueAt AND state = 'sending' AND channel_id IS NULL
            """;
        const string pinned = """
            SELECT guild_id AS GuildId, channel_id AS ChannelId FROM nudges
            WHERE member_id = @MemberId AND due_at = @DueAt AND state = 'sending' AND channel_id IS NOT NULL
            """;
        var parameters = new { nudge.MemberId, nudge.DueAt, chosen.GuildId, chosen.ChannelId, cancellationToken };
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            await connection.ExecuteAsync(pin, parameters, transaction);
            var row = await connection.QuerySingleOrDefaultAsync<PinnedChannelRow>(pinned, parameters, transaction);
            transaction.Commit();
            return row is null ? null : new NudgeChannelTarget(row.GuildId, row.ChannelId);
        }
    }

    /// <summary>
    /// Records how the send ended and keeps the DM channel it used. A nudge sent counts as unanswered
    /// until the member shows a sign of life (<see cref="NudgeFatigue"/>), and one that asked "Keep
    /// these coming?" starts the wait for the answer. Closed DMs pause the member's
    /// nudges (unless they turned them off meanwhile) with the reason, and nothing is due until they
    /// turn them on again. A forgotten member has no rows left, so nothing is written.
    /// </summary>
    public async Task RecordAsync(DueNudge nudge, NudgeDelivery delivery, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nudge);
        ArgumentNullException.ThrowIfNull(delivery);
        const string record = """
            UPDATE nudges
            SET state = @State, finished_at = @Now, milestone_id = @MilestoneId, error_code = @ErrorCode, reason = @Reason, message_id = @MessageId
            WHERE member_id = @MemberId AND due_at = @DueAt AND state = 'sending';
            UPDATE nudge_settings SET dm_channel_id = coalesce(@DmChannelId, dm_channel_id)
            WHERE member_id = @MemberId;
            """;
        // SET reads the row as it was, so the question counts as asked only while the count still
        // stands: a press that reset it between the delivery and now takes the question back.
        const string unanswered = """
            UPDATE nudge_settings
            SET unanswered = unanswered + 1,
                keep_asked_at = CASE WHEN @AsksKeep = 1 AND unanswered >= @Threshold THEN @Now ELSE keep_asked_at END
            WHERE member_id = @MemberId
            """;
        const string pause = """
            UPDATE nudge_settings
            SET state = 'paused', pause_reason = 'dms_closed', paused_until = NULL, next_due_at = NULL, skipped_due_at = NULL, dms_closed_told_at = NULL, updated_at = @Now
            WHERE member_id = @MemberId AND state <> 'off'
            """;
        var closed = delivery.Outcome == NudgeDeliveryOutcome.DmsClosed;
        var parameters = new
        {
            nudge.MemberId,
            nudge.DueAt,
            State = delivery.Outcome == NudgeDeliveryOutcome.Sent ? NudgeRowState.Sent : NudgeRowState.Failed,
            Now = now,
            delivery.MilestoneId,
            ErrorCode = closed ? delivery.ErrorCode ?? DmsClosedCode : delivery.ErrorCode,
            Reason = closed ? delivery.Reason ?? "your direct messages are closed to me" : delivery.Reason,
            delivery.MessageId,
            delivery.DmChannelId,
            cancellationToken,
        };
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            await connection.ExecuteAsync(record, parameters, transaction);
            if (delivery.Outcome == NudgeDeliveryOutcome.Sent)
            {
                var counted = new { nudge.MemberId, Now = now, AsksKeep = nudge.AsksKeep ? 1 : 0, Threshold = NudgeFatigue.UnansweredBeforeAsking, cancellationToken };
                await connection.ExecuteAsync(unanswered, counted, transaction);
            }

            if (closed)
            {
                await connection.ExecuteAsync(pause, new { nudge.MemberId, Now = now, cancellationToken }, transaction);
            }

            transaction.Commit();
        }

        if (closed)
        {
            dmsClosed.Add(nudge.MemberId);
        }
    }

    /// <summary>Discord's "Cannot send messages to this user".</summary>
    public const int DmsClosedCode = 50007;
}
