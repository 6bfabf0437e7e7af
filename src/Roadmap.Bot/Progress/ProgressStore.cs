using Dapper;
using Microsoft.Data.Sqlite;
using Roadmap.Bot.Members;
using Roadmap.Bot.Persistence;

namespace Roadmap.Bot.Progress;

/// <summary>
/// Members' statuses on milestones and their history. Every change writes the progress row and one
/// progress_events row in a single IMMEDIATE transaction, deciding from the status read inside it, so
/// concurrent changes neither wait on a lock upgrade nor overwrite each other.
/// </summary>
internal sealed class ProgressStore(SqliteConnectionFactory factory, TimeProvider time)
{
    public async Task<LearnerStatuses> StatusesAsync(ulong memberId, CancellationToken cancellationToken)
    {
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            return await ReadStatusesAsync(connection, transaction: null, memberId, cancellationToken);
        }
    }

    /// <summary>The member's progress rows (with times and notes), most recently changed first.</summary>
    public async Task<IReadOnlyList<ProgressRow>> RowsAsync(ulong memberId, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT member_id AS MemberId, milestone_id AS MilestoneId, status AS Status, started_at AS StartedAt,
                   completed_at AS CompletedAt, note AS Note, updated_at AS UpdatedAt
            FROM progress
            WHERE member_id = @MemberId
            ORDER BY updated_at DESC, milestone_id
            """;
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            var rows = await connection.QueryAsync<ProgressRow>(sql, new { MemberId = memberId, cancellationToken });
            return rows.ToList();
        }
    }

    /// <summary>The member's latest status changes, newest first.</summary>
    public async Task<IReadOnlyList<ProgressEventRow>> RecentEventsAsync(ulong memberId, int limit, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT id AS Id, member_id AS MemberId, milestone_id AS MilestoneId, from_status AS FromStatus,
                   to_status AS ToStatus, note AS Note, reverts_event_id AS RevertsEventId, at AS At
            FROM progress_events
            WHERE member_id = @MemberId
            ORDER BY at DESC, id DESC
            LIMIT @Limit
            """;
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            var rows = await connection.QueryAsync<ProgressEventRow>(sql, new { MemberId = memberId, Limit = limit, cancellationToken });
            return rows.ToList();
        }
    }

    /// <summary>When the member marked milestones done, oldest first, leaving out completions they undid.</summary>
    public async Task<IReadOnlyList<DateTimeOffset>> CompletionTimesAsync(ulong memberId, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT e.at
            FROM progress_events e
            WHERE e.member_id = @MemberId AND e.to_status = 'done' AND e.reverts_event_id IS NULL
              AND NOT EXISTS (SELECT 1 FROM progress_events u WHERE u.reverts_event_id = e.id)
            ORDER BY e.at
            """;
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            // Read as the stored unix milliseconds: Dapper.AOT applies type handlers to the columns of
            // a row type, not to a query that returns bare values.
            var milliseconds = await connection.QueryAsync<long>(sql, new { MemberId = memberId, cancellationToken });
            return milliseconds.Select(DateTimeOffset.FromUnixTimeMilliseconds).ToList();
        }
    }

    /// <summary>
    /// Reads the milestone's status, asks <paramref name="decide"/> what to do, and when its outcome is a
    /// change, writes the new status and its history event and returns the outcome with the member's
    /// statuses after it; otherwise writes nothing.
    /// </summary>
    public async Task<ProgressOutcome> ChangeAsync(ulong memberId, string milestoneId, string? note, Func<MilestoneStatus, ProgressOutcome> decide, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decide);
        var now = StoredTime.Now(time);
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            var current = await ReadRowAsync(connection, transaction, memberId, milestoneId, cancellationToken);
            var outcome = decide(current?.State ?? MilestoneStatus.NotStarted);
            if (!outcome.IsChange)
            {
                return outcome;
            }

            await MemberStore.EnsureAsync(connection, transaction, memberId, now, cancellationToken);
            var change = new Change(memberId, milestoneId, outcome.After, note, RevertsEventId: null, now);
            await ApplyAsync(connection, transaction, current, change, cancellationToken);
            var statuses = await ReadStatusesAsync(connection, transaction, memberId, cancellationToken);
            transaction.Commit();
            return outcome with { StatusesAfter = statuses };
        }
    }

    /// <summary>
    /// Reverts the member's last change on the milestone that is not undone yet (an undo of an undo
    /// goes one step further back) and records the undo as an event, which <paramref name="decide"/>
    /// turns into the outcome (returned with the member's statuses after it); <paramref name="decide"/>
    /// gets null when there is nothing to undo, and nothing is written.
    /// </summary>
    public async Task<ProgressOutcome> UndoAsync(ulong memberId, string milestoneId, Func<ProgressEventRow?, ProgressOutcome> decide, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decide);
        const string lastChange = """
            SELECT e.id AS Id, e.member_id AS MemberId, e.milestone_id AS MilestoneId, e.from_status AS FromStatus,
                   e.to_status AS ToStatus, e.note AS Note, e.reverts_event_id AS RevertsEventId, e.at AS At
            FROM progress_events e
            WHERE e.member_id = @MemberId AND e.milestone_id = @MilestoneId AND e.reverts_event_id IS NULL
              AND NOT EXISTS (SELECT 1 FROM progress_events u WHERE u.reverts_event_id = e.id)
            ORDER BY e.id DESC
            LIMIT 1
            """;
        var now = StoredTime.Now(time);
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            var target = await connection.QuerySingleOrDefaultAsync<ProgressEventRow>(lastChange, new { MemberId = memberId, MilestoneId = milestoneId, cancellationToken }, transaction);
            if (target is null)
            {
                return decide(null);
            }

            var current = await ReadRowAsync(connection, transaction, memberId, milestoneId, cancellationToken);
            var change = new Change(memberId, milestoneId, target.From, Note: null, target.Id, now);
            var undo = await ApplyAsync(connection, transaction, current, change, cancellationToken);
            var statuses = await ReadStatusesAsync(connection, transaction, memberId, cancellationToken);
            transaction.Commit();
            return decide(undo) with { StatusesAfter = statuses };
        }
    }

    private static async Task<LearnerStatuses> ReadStatusesAsync(SqliteConnection connection, SqliteTransaction? transaction, ulong memberId, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT milestone_id AS MilestoneId, status AS Status FROM progress WHERE member_id = @MemberId
            """;
        var rows = await connection.QueryAsync<MilestoneStatusRow>(sql, new { MemberId = memberId, cancellationToken }, transaction);
        return new LearnerStatuses(rows.ToDictionary(r => r.MilestoneId, r => StoredStatus.Parse(r.Status), StringComparer.Ordinal));
    }

    /// <summary>One status change: the milestone moves to <paramref name="To"/> at <paramref name="At"/>.</summary>
    private sealed record Change(ulong MemberId, string MilestoneId, MilestoneStatus To, string? Note, long? RevertsEventId, DateTimeOffset At);

    /// <summary>The row for one milestone, inside the caller's transaction if any.</summary>
    internal static Task<ProgressRow?> ReadRowAsync(SqliteConnection connection, SqliteTransaction? transaction, ulong memberId, string milestoneId, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT member_id AS MemberId, milestone_id AS MilestoneId, status AS Status, started_at AS StartedAt,
                   completed_at AS CompletedAt, note AS Note, updated_at AS UpdatedAt
            FROM progress
            WHERE member_id = @MemberId AND milestone_id = @MilestoneId
            """;
        return connection.QuerySingleOrDefaultAsync<ProgressRow>(sql, new { MemberId = memberId, MilestoneId = milestoneId, cancellationToken }, transaction);
    }

    /// <summary>Writes the new row (or deletes it for not started) and appends the event, which it returns.</summary>
    private static async Task<ProgressEventRow> ApplyAsync(SqliteConnection connection, SqliteTransaction transaction, ProgressRow? current, Change change, CancellationToken cancellationToken)
    {
        var next = NextRow(current, change);
        if (next is null)
        {
            const string delete = """
                DELETE FROM progress WHERE member_id = @MemberId AND milestone_id = @MilestoneId
                """;
            await connection.ExecuteAsync(delete, new { change.MemberId, change.MilestoneId, cancellationToken }, transaction);
        }
        else
        {
            const string upsert = """
                INSERT INTO progress (member_id, milestone_id, status, started_at, completed_at, note, updated_at)
                VALUES (@MemberId, @MilestoneId, @Status, @StartedAt, @CompletedAt, @Note, @UpdatedAt)
                ON CONFLICT (member_id, milestone_id) DO UPDATE
                SET status = excluded.status, started_at = excluded.started_at, completed_at = excluded.completed_at,
                    note = excluded.note, updated_at = excluded.updated_at
                """;
            await connection.ExecuteAsync(upsert, new { next.MemberId, next.MilestoneId, next.Status, next.StartedAt, next.CompletedAt, next.Note, next.UpdatedAt, cancellationToken }, transaction);
        }

        var recorded = new ProgressEventRow
        {
            Id = 0,
            MemberId = change.MemberId,
            MilestoneId = change.MilestoneId,
            FromStatus = current?.Status ?? StoredStatus.Of(MilestoneStatus.NotStarted),
            ToStatus = StoredStatus.Of(change.To),
            Note = change.Note,
            RevertsEventId = change.RevertsEventId,
            At = change.At,
        };
        const string insert = """
            INSERT INTO progress_events (member_id, milestone_id, from_status, to_status, note, reverts_event_id, at)
            VALUES (@MemberId, @MilestoneId, @FromStatus, @ToStatus, @Note, @RevertsEventId, @At)
            RETURNING id
            """;
        var id = await connection.ExecuteScalarAsync<long>(insert, new { recorded.MemberId, recorded.MilestoneId, recorded.FromStatus, recorded.ToStatus, recorded.Note, recorded.RevertsEventId, recorded.At, cancellationToken }, transaction);
        return recorded with { Id = id };
    }

    /// <summary>
    /// Starting keeps the first start time; finishing sets the completion time and, with a note, the
    /// note; moving away from done clears the completion time. Notes otherwise stay: they are the
    /// member's words, and the history keeps which change brought them.
    /// </summary>
    private static ProgressRow? NextRow(ProgressRow? current, Change change)
    {
        if (change.To == MilestoneStatus.NotStarted)
        {
            return null;
        }

        return new ProgressRow
        {
            MemberId = change.MemberId,
            MilestoneId = change.MilestoneId,
            Status = StoredStatus.Of(change.To),
            StartedAt = change.To == MilestoneStatus.InProgress ? current?.StartedAt ?? change.At : current?.StartedAt,
            CompletedAt = change.To == MilestoneStatus.Done ? change.At : null,
            Note = change.Note ?? current?.Note,
            UpdatedAt = change.At,
        };
    }
}
