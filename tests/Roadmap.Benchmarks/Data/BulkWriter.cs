using Microsoft.Data.Sqlite;

namespace Roadmap.Benchmarks.Data;

/// <summary>
/// Inserts generated rows through one prepared command per table, all inside the caller's single
/// transaction: SQLite then writes each page once instead of syncing per row.
/// </summary>
internal sealed class BulkWriter : IDisposable
{
    private readonly SqliteCommand _member;
    private readonly SqliteCommand _guildMember;
    private readonly SqliteCommand _progress;
    private readonly SqliteCommand _event;

    public BulkWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _member = Prepare(connection, transaction, """
            INSERT INTO members (id, stack, time_zone, weekly_hours, visibility, created_at, updated_at)
            VALUES ($id, $stack, $time_zone, $weekly_hours, $visibility, $created_at, $updated_at)
            """);
        _guildMember = Prepare(connection, transaction, """
            INSERT INTO guild_members (guild_id, member_id, first_seen_at, last_seen_at)
            VALUES ($guild_id, $member_id, $first_seen_at, $last_seen_at)
            """);
        _progress = Prepare(connection, transaction, """
            INSERT INTO progress (member_id, milestone_id, status, started_at, completed_at, note, updated_at)
            VALUES ($member_id, $milestone_id, $status, $started_at, $completed_at, $note, $updated_at)
            """);
        _event = Prepare(connection, transaction, """
            INSERT INTO progress_events (id, member_id, milestone_id, from_status, to_status, note, reverts_event_id, at)
            VALUES ($id, $member_id, $milestone_id, $from_status, $to_status, $note, $reverts_event_id, $at)
            """);
    }

    public void Member(PlannedMember member, long lastSeenAt)
    {
        var id = Stored(member.Id);
        Run(_member, id, member.Stack, member.TimeZone, member.WeeklyHours, member.Visibility, member.CreatedAt, member.UpdatedAt);
        Run(_guildMember, Stored(DatasetShape.GuildId), id, member.CreatedAt, lastSeenAt);
    }

    public void Progress(ulong memberId, PlannedRow row) =>
        Run(_progress, Stored(memberId), row.MilestoneId, row.Status, row.StartedAt, row.CompletedAt, row.Note, row.UpdatedAt);

    public void Event(ulong memberId, PlannedEvent row) =>
        Run(_event, row.Id, Stored(memberId), row.MilestoneId, row.FromStatus, row.ToStatus, row.Note, row.RevertsEventId, row.At);

    public void Dispose()
    {
        _member.Dispose();
        _guildMember.Dispose();
        _progress.Dispose();
        _event.Dispose();
    }

    /// <summary>Discord ids go in as the bot's SnowflakeHandler writes them: an unchecked cast to long.</summary>
    private static long Stored(ulong id) => unchecked((long)id);

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in ParameterNames(sql))
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        command.Prepare();
        return command;
    }

    private static IEnumerable<string> ParameterNames(string sql) =>
        sql.Split([' ', ',', '(', ')', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Where(word => word.StartsWith('$'));

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }
}
