using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Roadmap.Discord.Interactions;

namespace Roadmap.Benchmarks;

/// <summary>
/// The latency mode: BenchmarkDotNet reports means per iteration, not the spread of single
/// operations, so this times every operation on its own and prints its percentiles. Operations run
/// one after another on one thread, as one bot process answers one member at a time on the hot path.
/// Every route completes synchronously (Microsoft.Data.Sqlite does its I/O inline), so the thread CPU
/// time measured around it is the whole operation's.
/// </summary>
public static class LatencyRun
{
    public const int DefaultOperations = 20_000;
    public const int DefaultWarmup = 2_000;

    public static Task<int> RunAsync(int operations, int warmup, TextWriter output, CancellationToken cancellationToken) =>
        RunAsync(Scenarios.All, operations, warmup, output, cancellationToken);

    public static async Task<int> RunAsync(IReadOnlyList<Scenario> scenarios, int operations, int warmup, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(output);
        await using var host = await CoachHost.StartAsync(output, cancellationToken);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Latency mode: {warmup:N0} warm-up then {operations:N0} timed operations per scenario, random members; {Environment.ProcessorCount} cores, .NET {Environment.Version}, server GC {GCSettings.IsServerGC}, Stopwatch resolution {1e9 / Stopwatch.Frequency:F0} ns, thread CPU clock {(ThreadCpuClock.IsAvailable ? "on" : "off")}."));
        await output.WriteLineAsync($"Load average before: {LoadAverage()}");
        await output.WriteLineAsync(LatencyResult.Header);
        var missed = 0;
        var seed = 1;
        foreach (var scenario in scenarios)
        {
            var (result, split) = await MeasureAsync(host, scenario, operations, warmup, seed++, cancellationToken);
            await output.WriteLineAsync(result.ToRow());
            foreach (var part in split)
            {
                await output.WriteLineAsync(part.ToRow());
            }

            missed += result.Wall.P99 < scenario.TargetMilliseconds && result.Failures == 0 ? 0 : 1;
        }

        await output.WriteLineAsync($"Load average after: {LoadAverage()}");
        await output.WriteLineAsync(missed == 0
            ? "Every scenario is under its target at p99."
            : $"{missed} scenario(s) missed their target at p99 or gave a wrong answer.");
        return missed == 0 ? 0 : 1;
    }

    /// <summary>How busy the machine was (Linux), since other work on a shared machine shows up as wall time.</summary>
    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) + " (1, 5, 15 min)" : "unknown";

    /// <summary>The scenario's row, and when some answers drew a picture, rows for the drawn and the cached ones apart (times only).</summary>
    private static async Task<(LatencyResult Result, IReadOnlyList<LatencyResult> Split)> MeasureAsync(CoachHost host, Scenario scenario, int operations, int warmup, int seed, CancellationToken cancellationToken)
    {
        var router = host.Router;
        var members = new MemberSample(scenario, operations + warmup, seed);
        var failures = 0;
        // The warm-up's pictures are noted too, so one still cached when the timed part asks again counts as cached.
        var pictures = new ConditionalWeakTable<byte[], object>();
        for (var i = 0; i < warmup; i++)
        {
            var outcome = await router.RouteAsync(members.Take(), cancellationToken);
            failures += scenario.IsProperAnswer(outcome) ? 0 : 1;
            IsDrawn(outcome, pictures);
        }

        var wall = new double[operations];
        var drawn = new bool[operations];
        var cpu = new double[operations];
        var gen0 = GC.CollectionCount(0);
        var gen2 = GC.CollectionCount(2);
        var paused = GC.GetTotalPauseDuration();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < operations; i++)
        {
            var interaction = members.Take();
            var cpuStart = ThreadCpuClock.Nanoseconds();
            var start = Stopwatch.GetTimestamp();
            var outcome = await router.RouteAsync(interaction, cancellationToken);
            wall[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            cpu[i] = (ThreadCpuClock.Nanoseconds() - cpuStart) / 1e6;
            failures += scenario.IsProperAnswer(outcome) ? 0 : 1;
            drawn[i] = IsDrawn(outcome, pictures);
        }

        var bytesPerOperation = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / operations;
        var drawnCount = drawn.Count(d => d);
        var result = new LatencyResult(
            scenario.Name, Percentiles.Of(wall), Percentiles.Of(cpu), wall.Count(ms => ms >= 1.0), failures, bytesPerOperation,
            GC.CollectionCount(0) - gen0, GC.CollectionCount(2) - gen2, (GC.GetTotalPauseDuration() - paused).TotalMilliseconds, drawnCount);
        return (result, drawnCount == 0 ? [] : [Part($"{scenario.Name}, drawn", true), Part($"{scenario.Name}, cached", false)]);

        LatencyResult Part(string name, bool wasDrawn)
        {
            var indexes = Enumerable.Range(0, operations).Where(i => drawn[i] == wasDrawn).ToArray();
            var times = indexes.Select(i => wall[i]).ToArray();
            return new LatencyResult(
                name, Percentiles.Of(times), Percentiles.Of(indexes.Select(i => cpu[i])), times.Count(ms => ms >= 1.0), 0, 0, 0, 0, 0, wasDrawn ? indexes.Length : 0);
        }
    }

    /// <summary>
    /// True when the answer's picture is a byte array not seen before: the bot's cache hands out the
    /// array it holds, so a new one was drawn for this answer. Weak keys: an array the cache has
    /// dropped is no longer kept alive here, and if asked again it comes back as a new array.
    /// </summary>
    private static bool IsDrawn(InteractionOutcome outcome, ConditionalWeakTable<byte[], object> seen) =>
        outcome.Reply?.File is { } file
        && MemoryMarshal.TryGetArray(file.Content, out var segment)
        && segment.Array is { } png
        && seen.TryAdd(png, seen);
}
