using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Roadmap.Benchmarks.Load;
using Roadmap.Testing;
using Roadmap.Testing.Rest;

namespace Roadmap.Benchmarks.Nudges;

/// <summary>
/// The nudge benchmark of issue 11: members all due in the same minute, in a fresh database, the
/// real bot as its own process against the fake Discord, which allows 50 requests a second over
/// every route and answers 429 above that. Target: every nudge delivered within 1.1 × (requests ÷ 50)
/// seconds of the due minute, with no 429.
/// </summary>
public static class NudgeLoadRun
{
    public const int DefaultMembers = 10_000;
    public const double Slack = 1.1;
    public const int GlobalLimit = 50;

    // Ahead of the bot's start, so the sweep on the whole minute is the one that finds them due.
    private static readonly TimeSpan Lead = TimeSpan.FromSeconds(20);

    public static async Task<int> RunAsync(int members, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        var folder = Directory.CreateTempSubdirectory("roadmap-nudges-").FullName;
        try
        {
            var database = Path.Combine(folder, "roadmap.db");
            var due = NextWholeMinute(DateTimeOffset.UtcNow + Lead);
            var seeding = Stopwatch.StartNew();
            await NudgeSeeder.SeedAsync(database, members, due, cancellationToken);
            var build = BotBuild.Find();
            var botLog = Path.Combine(Path.GetDirectoryName(BenchmarkPaths.Database)!, "nudges-bot.log");
            Directory.CreateDirectory(Path.GetDirectoryName(botLog)!);
            File.Delete(botLog);
            await log.WriteLineAsync(F($"Seeded {members} members due {due:HH:mm:ss} UTC in {seeding.ElapsedMilliseconds} ms. Bot: {build}; its log: {botLog}"));

            await using var discord = await FakeDiscordServer.StartAsync(cancellationToken: cancellationToken);
            discord.Rest.Limits.GlobalLimit = GlobalLimit;
            // Discord does not publish the DM-open bucket (one for the whole bot); the fake's default of
            // 5 a second would make it, not the global limit, the measure. Its headers still apply.
            discord.Rest.Limits.SetRouteLimit(FakeRoutes.CreateDm, 1000, TimeSpan.FromSeconds(1));
            discord.Rest.Requests.KeepsRequests = false;
            var counter = new NudgeRequestCounter(members);
            discord.Rest.Requests.Observer = counter.Observe;

            NudgeLoadResult result;
            using (var bot = BotProcess.Start(build, discord, database, botLog))
            {
                await discord.Gateway.WaitForIdentifiesAsync(1, TimeSpan.FromSeconds(30));
                // Two requests a nudge at most (a DM open and the message), plus a minute to spare.
                var patience = due + TimeSpan.FromSeconds(Slack * 2 * members / GlobalLimit) + TimeSpan.FromMinutes(1) - DateTimeOffset.UtcNow;
                var (stealBefore, totalBefore) = CpuTicks();
                var cpuBefore = bot.CpuTime();
                var load = LoadAverage();
                await Task.WhenAny(counter.AllDelivered, Task.Delay(patience, cancellationToken));
                var (stealAfter, totalAfter) = CpuTicks();
                result = new NudgeLoadResult(
                    members,
                    due,
                    counter,
                    bot.CpuTime() - cpuBefore,
                    bot.PeakWorkingSet(),
                    bot.HasExited,
                    F($"{load} → {LoadAverage()}, steal {100.0 * (stealAfter - stealBefore) / Math.Max(1, totalAfter - totalBefore):0.0}%"));
            }

            // After the bot is gone, so its log is complete.
            result.Write(log, ProblemLines(botLog));
            return result.MeetsTarget ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static DateTimeOffset NextWholeMinute(DateTimeOffset after)
    {
        var minute = new DateTimeOffset(after.Year, after.Month, after.Day, after.Hour, after.Minute, 0, TimeSpan.Zero);
        return minute < after ? minute.AddMinutes(1) : minute;
    }

    /// <summary>The bot's log lines at Error or Critical (the console logger's "fail" and "crit").</summary>
    private static IReadOnlyList<string> ProblemLines(string botLog) =>
        [.. File.ReadLines(botLog).Where(l => l.StartsWith("fail:", StringComparison.Ordinal) || l.StartsWith("crit:", StringComparison.Ordinal))];

    private static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

    private static (long Steal, long Total) CpuTicks()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        return (fields.Length > 7 ? fields[7] : 0, fields.Take(8).Sum());
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
