using System.Globalization;

namespace Roadmap.Benchmarks.Load;

/// <summary>The load benchmark's table and its verdict against the targets of issue 5.</summary>
public sealed class LoadReport(IReadOnlyList<double> startups, IReadOnlyList<(RateResult Result, string Load)> rates, long peakWorkingSet, bool botExited)
{
    public const double P99TargetMilliseconds = 2.0;
    public const int P99TargetRate = 200;
    public const double CpuTargetMilliseconds = 1.0;
    public const long PeakTargetBytes = 100L * 1024 * 1024;
    public const double StartupTargetMilliseconds = 300;

    private double StartupMedian => startups.Order().ElementAt(startups.Count / 2);

    private double StartupWorst => startups.Max();

    public bool MeetsTargets =>
        !botExited
        && StartupMedian < StartupTargetMilliseconds
        && peakWorkingSet < PeakTargetBytes
        && rates.All(r => r.Result.Unanswered == 0 && r.Result.Failures == 0 && r.Result.CpuMillisecondsPerInteraction < CpuTargetMilliseconds)
        && rates.Where(r => r.Result.Rate == P99TargetRate).All(r => r.Result.Latency.P99 < P99TargetMilliseconds);

    public void Write(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine();
        output.WriteLine(F($"Process start → IDENTIFY over {startups.Count} starts: median {StartupMedian:0} ms, worst {StartupWorst:0} ms (each: {string.Join(", ", startups.Select(s => s.ToString("0", CultureInfo.InvariantCulture)))} ms)"));
        output.WriteLine(F($"Peak working set (VmHWM): {peakWorkingSet / 1024.0 / 1024.0:0.0} MB; bot still running: {!botExited}"));
        output.WriteLine();
        output.WriteLine("| rate/s | sent | achieved/s | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | CPU ms/interaction | unanswered | failures | RSS at end | load avg |");
        output.WriteLine("|-------:|-----:|-----------:|-------:|-------:|-------:|---------:|-------:|-------------------:|-----------:|---------:|-----------:|---------:|");
        foreach (var (r, load) in rates)
        {
            var l = r.Latency;
            output.WriteLine(F($"| {r.Rate} | {r.Sent} | {r.AchievedRate:0} | {l.P50:0.000} | {l.P90:0.000} | {l.P99:0.000} | {l.P999:0.000} | {l.Max:0.0} | {r.CpuMillisecondsPerInteraction:0.000} | {r.Unanswered} | {r.Failures} | {r.WorkingSetBytes / 1024.0 / 1024.0:0.0} MB | {load} |"));
        }

        output.WriteLine();
        output.WriteLine(MeetsTargets ? "All targets met." : "Some targets missed (p99 < 2 ms at 200/s, CPU < 1 ms, none unanswered or failed, peak < 100 MB, start < 300 ms).");
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
