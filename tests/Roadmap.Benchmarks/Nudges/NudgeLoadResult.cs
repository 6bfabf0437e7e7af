using System.Globalization;

namespace Roadmap.Benchmarks.Nudges;

/// <summary>What one nudge run measured, its table and its verdict.</summary>
internal sealed class NudgeLoadResult(
    int members, DateTimeOffset due, NudgeRequestCounter counter, TimeSpan botCpu, long peakWorkingSet, bool botExited, string load)
{
    /// <summary>From the due minute (when the sweep fires) to the last DM arriving at the fake.</summary>
    public TimeSpan Total => (counter.LastDeliveredAt ?? due) - due;

    /// <summary>1.1 × (requests ÷ 50) seconds: the bound for the requests actually made.</summary>
    public TimeSpan Budget => TimeSpan.FromSeconds(NudgeLoadRun.Slack * counter.Requests / NudgeLoadRun.GlobalLimit);

    public bool MeetsTarget =>
        !botExited && counter.Delivered == members && counter.RateLimited == 0 && Total <= Budget;

    public void Write(TextWriter output, IReadOnlyList<string> problemLines)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(problemLines);
        var first = counter.FirstRequestAt is { } at ? (at - due).TotalSeconds : double.NaN;
        output.WriteLine();
        output.WriteLine("| members | delivered | requests (DM opens + messages) | 429s | refused | due → first request | due → last DM | budget 1.1 × requests ÷ 50 | achieved req/s | bot CPU | peak working set | load avg, steal |");
        output.WriteLine("|--------:|----------:|-------------------------------:|-----:|--------:|--------------------:|--------------:|---------------------------:|---------------:|--------:|-----------------:|----------------:|");
        output.WriteLine(F($"| {members} | {counter.Delivered} | {counter.Requests} ({counter.DmOpens} + {counter.Messages}) | {counter.RateLimited} | {counter.Refused} | {first:0.000} s | {Total.TotalSeconds:0.0} s | {Budget.TotalSeconds:0.0} s | {counter.Requests / Math.Max(0.001, Total.TotalSeconds):0.00} | {botCpu.TotalSeconds:0.0} s | {peakWorkingSet / 1024.0 / 1024.0:0.0} MB | {load} |"));
        output.WriteLine();
        output.WriteLine(F($"Bot log lines at Error or Critical: {problemLines.Count}"));
        foreach (var line in problemLines.Take(5))
        {
            output.WriteLine("  " + line);
        }

        output.WriteLine(MeetsTarget
            ? "Target met: every nudge delivered within 1.1 × (requests ÷ 50) s, no 429."
            : "Target missed (every nudge delivered, no 429, due → last DM within 1.1 × requests ÷ 50 s, bot still running).");
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
