using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Roadmap.Bot.Content;
using Roadmap.Bot.Persistence;

namespace Roadmap.Benchmarks.Data;

/// <summary>
/// Makes the benchmark database once: the bot's own migrator creates the schema, then the planner's
/// members, progress rows and history go in through prepared inserts in one transaction. The file
/// is written under a temporary name and renamed when complete, so an interrupted run never leaves
/// a half-filled file that a later run would take for the cache.
/// </summary>
public static class DatasetGenerator
{
    /// <summary>Returns the path of the database, generating it first unless a file of this shape exists.</summary>
    public static async Task<string> EnsureAsync(RoadmapContent content, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(log);
        var path = BenchmarkPaths.Database;
        if (File.Exists(path))
        {
            await log.WriteLineAsync($"Using the cached database {path} ({new FileInfo(path).Length / (1024 * 1024)} MiB).").ConfigureAwait(false);
            return path;
        }

        await log.WriteLineAsync($"Generating {DatasetShape.MemberCount:N0} members and {DatasetShape.ProgressRowCount:N0} progress rows into {path} …").ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        var partial = path + ".partial";
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        DeleteWithSidecars(partial);
        await MigrateAsync(partial, cancellationToken).ConfigureAwait(false);
        var events = Fill(partial, content);
        SqliteConnection.ClearAllPools();
        File.Move(partial, path, overwrite: true);
        await log.WriteLineAsync($"Generated the database in {clock.Elapsed.TotalSeconds:F1} s: {DatasetShape.MemberCount:N0} members, {DatasetShape.ProgressRowCount:N0} progress rows, {events:N0} progress events, {new FileInfo(path).Length / (1024 * 1024)} MiB.").ConfigureAwait(false);
        return path;
    }

    private static async Task MigrateAsync(string path, CancellationToken cancellationToken)
    {
        var factory = new SqliteConnectionFactory(Options.Create(new DatabaseOptions { Path = path }));
        await new DatabaseMigrator(factory, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes every row and returns how many progress events it wrote.</summary>
    private static long Fill(string path, RoadmapContent content)
    {
        var planner = new LearnerPlanner(
            content.Milestones.Select(m => m.Id).ToList(),
            content.Stacks.Select(s => s.Id).ToList(),
            new Random(DatasetShape.Seed));
        var counts = planner.RowCounts(DatasetShape.MemberCount, DatasetShape.ProgressRowCount);

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, "PRAGMA synchronous = OFF; PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY;");

        var rows = new List<PlannedRow>(64);
        var events = new List<PlannedEvent>(128);
        long nextEventId = 1;
        using (var transaction = connection.BeginTransaction())
        using (var writer = new BulkWriter(connection, transaction))
        {
            for (var index = 0; index < DatasetShape.MemberCount; index++)
            {
                var member = planner.Member(index);
                nextEventId = planner.Progress(member, counts[index], nextEventId, rows, events);
                writer.Member(member, events.Count == 0 ? member.UpdatedAt : events.Max(e => e.At));
                rows.ForEach(row => writer.Progress(member.Id, row));
                events.ForEach(row => writer.Event(member.Id, row));
            }

            CohortWriter.Write(connection, transaction, new Random(DatasetShape.Seed + 1));
            transaction.Commit();
        }

        // Folds the WAL into the file, so the renamed file is complete on its own.
        Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
        return nextEventId - 1;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void DeleteWithSidecars(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
