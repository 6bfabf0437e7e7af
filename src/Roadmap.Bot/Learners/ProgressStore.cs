using Dapper;
using Roadmap.Bot.Coaching;
using Roadmap.Bot.Persistence;

namespace Roadmap.Bot.Learners;

/// <summary>
/// Members' statuses on milestones and their history. Every change writes the progress row and one
/// progress_events row in a single IMMEDIATE transaction, deciding from the status read inside it, so
/// concurrent changes neither wait on a lock upgrade nor overwrite each other.
/// </summary>
public sealed class ProgressStore(SqliteConnectionFactory factory, TimeProvider time)
{
    public async Task<LearnerStatuses> StatusesAsync(ulong memberId, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT milestone_id AS MilestoneId, status AS Status FROM progress WHERE member_id = @MemberId
            """;
        var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync<MilestoneStatusRow>(sql, new { MemberId = memberId, cancellationToken }).ConfigureAwait(false);
            return new LearnerStatuses(rows.ToDictionary(r => r.MilestoneId, r => StoredText.Status(r.Status), StringComparer.Ordinal));
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
        var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync<ProgressRow>(sql, new { MemberId = memberId, cancellationToken }).ConfigureAwait(false);
            return rows.ToList();
        }
    }

    /// <summary>The row for one milestone, or null when the member has not started it.</summary>
    public async Task<ProgressRow?> FindAsync(ulong memberId, string milestoneId, CancellationToken cancellationToken)
    {
        var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await ProgressWrites.ReadRowAsync(connection, transaction: null, memberId, milestoneId, cancellationToken).ConfigureAwait(false);
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
        var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync<ProgressEventRow>(sql, new { MemberId = memberId, Limit = limit, cancellationToken }).ConfigureAwait(false);
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
        var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // Read as the stored unix milliseconds: Dapper.AOT applies type handlers to the columns of
            // a row type, not to a query that returns bare values.
            var milliseconds = await connection.QueryAsync<long>(sql, new { MemberId = memberId, cancellationToken }).ConfigureAwait(false);
            return milliseconds.Select(DateTimeOffset.FromUnixTimeMilliseconds).ToList();
        }
    }

    /// <summary>
    /// Reads the milestone's status, asks <paramref name="decide"/> what to do, and when its outcome is a
    /// change, writes the new status and its history event; otherwise writes nothing.
    /// </summary>
    public async Task<ProgressOutcome> ChangeAsync(ulong memberId, string milestoneId, string? note, Func<MilestoneStatus, ProgressOutcome> decide, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decide);
        var now = StoredTime.Now(time);
        var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            var current = await ProgressWrites.ReadRowAsync(connection, transaction, memberId, milestoneId, cancellationToken).ConfigureAwait(false);
            var outcome = decide(current?.State ?? MilestoneStatus.NotStarted);
            if (!outcome.IsChange)
            {
                return outcome;
            }

            await MemberStore.EnsureAsync(connection, transaction, memberId, now, cancellationToken).ConfigureAwait(false);
            var change = new ProgressWrites.Change(memberId, milestoneId, outcome.After, note, RevertsEventId: null, now);
            await ProgressWrites.ApplyAsync(connection, transaction, current, change, cancellationToken).ConfigureAwait(false);
            transaction.Commit();
            return outcome;
        }
    }

    /// <summary>
    /// Reverts the member's last change on the milestone that is not undone yet (an undo of an undo
    /// goes one step further back) and records the undo as an event, which it returns; null when there
    /// is nothing to undo.
    /// </summary>
    public async Task<ProgressEventRow?> UndoAsync(ulong memberId, string milestoneId, CancellationToken cancellationToken)
    {
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
        var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            var target = await connection.QuerySingleOrDefaultAsync<ProgressEventRow>(lastChange, new { MemberId = memberId, MilestoneId = milestoneId, cancellationToken }, transaction).ConfigureAwait(false);
            if (target is null)
            {
                return null;
            }

            var current = await ProgressWrites.ReadRowAsync(connection, transaction, memberId, milestoneId, cancellationToken).ConfigureAwait(false);
            var change = new ProgressWrites.Change(memberId, milestoneId, target.From, Note: null, target.Id, now);
            var undo = await ProgressWrites.ApplyAsync(connection, transaction, current, change, cancellationToken).ConfigureAwait(false);
            transaction.Commit();
            return undo;
        }
    }
}
