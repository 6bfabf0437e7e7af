using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Roadmap.Bot.Persistence;

namespace Roadmap.Benchmarks.Nudges;

/// <summary>
/// A fresh database for the nudge benchmark: the bot's own migrations, then members with a time
/// zone and their weekly nudge on, all due at the same instant, through two prepared inserts in one
/// transaction (10,000 members take well under a second).
/// </summary>
internal static class NudgeSeeder
{
    public const ulong FirstMemberId = 900_000_000_000_000_001;

    public static async Task SeedAsync(string path, int members, DateTimeOffset due, CancellationToken cancellationToken)
    {
        var factory = new SqliteConnectionFactory(Options.Create(new DatabaseOptions { Path = path }));
        await new DatabaseMigrator(factory, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(cancellationToken);
        SqliteConnection.ClearAllPools();

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var member = Prepare(connection, transaction, """
            INSERT INTO members (id, time_zone, visibility, created_at, updated_at)
            VALUES ($id, 'UTC', 'server', $at, $at)
            """);
        // The day and time are the due instant's in UTC, so the slot after it is a week later, as the bot computes it.
        using var settings = Prepare(connection, transaction, """
            INSERT INTO nudge_settings (member_id, state, day_of_week, local_time, next_due_at, created_at, updated_at)
            VALUES ($id, 'on', $day, $time, $due, $at, $at)
            """);
        var at = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var day = due.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)due.DayOfWeek;
        var time = (due.Hour * 60) + due.Minute;
        for (var i = 0; i < members; i++)
        {
            var id = unchecked((long)(FirstMemberId + (ulong)i));
            Run(member, ("$id", id), ("$at", at));
            Run(settings, ("$id", id), ("$day", day), ("$time", time), ("$due", due.ToUnixTimeMilliseconds()), ("$at", at));
        }

        transaction.Commit();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Run(SqliteCommand command, params (string Name, object Value)[] values)
    {
        command.Parameters.Clear();
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }
}
