namespace Roadmap.Benchmarks.Load;

/// <summary>
/// The load benchmark: the fake Discord in this process, the real bot as its own process on a copy of
/// the 100,000-member database, start-up timed to IDENTIFY, then each rate for a bounded time.
/// </summary>
public static class LoadRun
{
    public const int DefaultSeconds = 60;
    public const int Starts = 5;
    public static readonly IReadOnlyList<int> DefaultRates = [200, 1000];
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(5);

    public static async Task<int> RunAsync(int seconds, IReadOnlyList<int> rates, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        await using var bench = await LoadBench.StartAsync("load-bot.log", Starts, log, cancellationToken);
        var (discord, bot) = (bench.Discord, bench.Bot);
        var mix = new LoadMix(bench.Content, seed: 20261122);
        List<(RateResult Result, string Load)> results = [];
        foreach (var rate in seconds > 0 ? rates : [])
        {
            if (results.Count == 0)
            {
                // The first seconds of a fresh process are JIT work a bot that has been up has done.
                var warm = await RateRun.RunAsync(discord, bot, mix, 200, WarmUp, cancellationToken);
                await log.WriteLineAsync($"Warm-up: {warm.Sent} interactions at 200/s, p50 {warm.Latency.P50:0.000} ms, CPU {warm.CpuMillisecondsPerInteraction:0.000} ms each, unanswered {warm.Unanswered}");
            }

            var before = LoadAverage();
            var (stealBefore, totalBefore) = CpuTicks();
            var result = await RateRun.RunAsync(discord, bot, mix, rate, TimeSpan.FromSeconds(seconds), cancellationToken);
            var (stealAfter, totalAfter) = CpuTicks();
            var steal = 100.0 * (stealAfter - stealBefore) / Math.Max(1, totalAfter - totalBefore);
            results.Add((result, FormattableString.Invariant($"{before} → {LoadAverage()}, steal {steal:0.0}%")));
            await log.WriteLineAsync($"{rate}/s done: p99 frame → callback sent {result.BotLatency.P99:0.000} ms, round trip {result.Latency.P99:0.000} ms");
        }

        var report = new LoadReport(bench.StartupMilliseconds, results, bot.PeakWorkingSet(), bot.HasExited);
        report.Write(log);
        return report.MeetsTargets ? 0 : 1;
    }

    /// <summary>The one-minute load average, the machine's business while a rate ran.</summary>
    private static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

    /// <summary>
    /// The machine's stolen and total CPU ticks so far (/proc/stat): on a virtual machine the host
    /// may run other guests on our cores, which slows the bot without showing in the load average.
    /// </summary>
    private static (long Steal, long Total) CpuTicks()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return (fields.Length > 7 ? fields[7] : 0, fields.Take(8).Sum());
    }
}
