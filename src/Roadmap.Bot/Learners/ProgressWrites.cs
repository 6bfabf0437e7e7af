using Dapper;
using Microsoft.Data.Sqlite;
using Roadmap.Bot.Coaching;

namespace Roadmap.Bot.Learners;

/// <summary>The statements a status change runs inside <see cref="ProgressStore"/>'s transactions.</summary>
internal static class ProgressWrites
{
    /// <summary>One status change: the milestone moves to <paramref name="To"/> at <paramref name="At"/>.</summary>
    internal sealed record Change(ulong MemberId, string MilestoneId, MilestoneStatus To, string? Note, long? RevertsEventId, DateTimeOffset At);

    public static Task<ProgressRow?> ReadRowAsync(SqliteConnection connection, SqliteTransaction? transaction, ulong memberId, string milestoneId, CancellationToken cancellationToken)
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
    public static async Task<ProgressEventRow> ApplyAsync(SqliteConnection connection, SqliteTransaction transaction, ProgressRow? current, Change change, CancellationToken cancellationToken)
    {
        var next = NextRow(current, change);
        if (next is null)
        {
            const string delete = """
                DELETE FROM progress WHERE member_id = @MemberId AND milestone_id = @MilestoneId
                """;
            await connection.ExecuteAsync(delete, new { change.MemberId, change.MilestoneId, cancellationToken }, transaction).ConfigureAwait(false);
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
            await connection.ExecuteAsync(upsert, new { next.MemberId, next.MilestoneId, next.Status, next.StartedAt, next.CompletedAt, next.Note, next.UpdatedAt, cancellationToken }, transaction).ConfigureAwait(false);
        }

        var recorded = new ProgressEventRow
        {
            Id = 0,
            MemberId = change.MemberId,
            MilestoneId = change.MilestoneId,
            FromStatus = current?.Status ?? StoredText.Of(MilestoneStatus.NotStarted),
            ToStatus = StoredText.Of(change.To),
            Note = change.Note,
            RevertsEventId = change.RevertsEventId,
            At = change.At,
        };
        const string insert = """
            INSERT INTO progress_events (member_id, milestone_id, from_status, to_status, note, reverts_event_id, at)
            VALUES (@MemberId, @MilestoneId, @FromStatus, @ToStatus, @Note, @RevertsEventId, @At)
            RETURNING id
            """;
        var id = await connection.ExecuteScalarAsync<long>(insert, new { recorded.MemberId, recorded.MilestoneId, recorded.FromStatus, recorded.ToStatus, recorded.Note, recorded.RevertsEventId, recorded.At, cancellationToken }, transaction).ConfigureAwait(false);
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
            Status = StoredText.Of(change.To),
            StartedAt = change.To == MilestoneStatus.InProgress ? current?.StartedAt ?? change.At : current?.StartedAt,
            CompletedAt = change.To == MilestoneStatus.Done ? change.At : null,
            Note = change.Note ?? current?.Note,
            UpdatedAt = change.At,
        };
    }
}
