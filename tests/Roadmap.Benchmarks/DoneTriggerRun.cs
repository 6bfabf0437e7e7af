using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Roadmap.Benchmarks.Data;
using Roadmap.Discord.Models;
using Roadmap.Testing;

namespace Roadmap.Benchmarks;

/// <summary>
/// What the board triggers of 0009_cohort_boards cost <c>/done</c>: on a copy of the database, rounds
/// of <c>/done</c> by members of the big cohort, alternately without those triggers (dropped, as
/// before the migration) and with them, so both see the same machine over the same minutes. Each
/// <c>/done</c> is undone (untimed) before the next, so every member finishes a milestone they had
/// not started, and the data stays as generated.
/// </summary>
public static class DoneTriggerRun
{
    private const string Triggers = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'tr_progress_done_%_completions' ORDER BY name";

    public static async Task<int> RunAsync(int operations, int rounds, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var copy = Path.Combine(Path.GetTempPath(), "roadmap-benchmarks", "done-triggers.db");
        await using var host = await CoachHost.StartAsync(output, cancellationToken, copy);
        using var admin = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = copy, Pooling = false }.ToString());
        admin.Open();
        var triggers = Read(admin, Triggers).Select(r => (Name: r[0], Sql: r[1])).ToList();
        if (triggers.Count != 3)
        {
            throw new InvalidOperationException($"Expected the three completion triggers of 0009, found {triggers.Count}.");
        }

        var work = Plan(admin, host, operations, rounds);
        var times = new Dictionary<bool, List<double>> { [false] = [], [true] = [] };
        var wrong = 0;
        await output.WriteLineAsync($"/done with and without the 0009 completion triggers, {rounds} interleaved rounds of {operations:N0}; load before: {LatencyRun.LoadAverage()}");
        for (var round = 0; round < rounds; round++)
        {
            var with = round % 2 == 1;
            foreach (var (name, sql) in triggers)
            {
                Execute(admin, with ? sql : $"DROP TRIGGER IF EXISTS {name}");
            }

            // The first round's first 200 only warm up.
            for (var i = 0; i < operations; i++)
            {
                var (member, milestone) = work[(round * operations) + i];
                var start = Stopwatch.GetTimestamp();
                var outcome = await host.Router.RouteAsync(Command(member, "done", milestone), cancellationToken);
                var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                wrong += outcome.Reply is { Embeds.Count: > 0 } or { Content: not null } ? 0 : 1;
                await host.Router.RouteAsync(Command(member, "undo", milestone), cancellationToken);
                if (round > 0 || i >= 200)
                {
                    times[with].Add(elapsed);
                }
            }
        }

        var left = long.Parse(Read(admin, "SELECT count(*) FROM cohort_completions c JOIN progress p USING (member_id, milestone_id) WHERE p.status <> 'done'")[0][0], CultureInfo.InvariantCulture);
        await output.WriteLineAsync("| /done                         |   n    |  p50 ms |  p90 ms |  p99 ms |  max ms |");
        await output.WriteLineAsync("|-------------------------------|-------:|--------:|--------:|--------:|--------:|");
        foreach (var with in new[] { false, true })
        {
            var p = Percentiles.Of(times[with]);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"| {(with ? "with the 0009 triggers" : "without (as before 0009)"),-29} | {times[with].Count,6} | {p.P50,7:F3} | {p.P90,7:F3} | {p.P99,7:F3} | {p.Max,7:F3} |"));
        }

        await output.WriteLineAsync($"Load after: {LatencyRun.LoadAverage()}. Answers that were not a card or text: {wrong}. Completions left for milestones not done: {left}.");
        return wrong == 0 && left == 0 ? 0 : 1;
    }

    /// <summary>For each operation a member of the big cohort and a milestone they have not started, all different.</summary>
    private static List<(ulong Member, string Milestone)> Plan(SqliteConnection admin, CoachHost host, int operations, int rounds)
    {
        var milestones = host.Content.Milestones.Select(m => m.Id).ToList();
        var random = new Random(7);
        var work = new List<(ulong, string)>(operations * rounds);
        var used = new HashSet<ulong>();
        while (work.Count < operations * rounds)
        {
            var member = CohortShape.BigCohortMember(random.Next(CohortShape.BigCohortSize));
            if (!used.Add(member))
            {
                continue;
            }

            var started = Read(admin, $"SELECT milestone_id FROM progress WHERE member_id = {unchecked((long)member)}").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
            if (milestones.FirstOrDefault(m => !started.Contains(m)) is { } open)
            {
                work.Add((member, open));
            }
        }

        return work;
    }

    private static Interaction Command(ulong member, string name, string milestone) =>
        InteractionFactory.CommandBy(member, "member", name, InteractionFactory.Option("milestone", milestone));

    private static List<string[]> Read(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i).ToString() ?? "").ToArray());
        }

        return rows;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
