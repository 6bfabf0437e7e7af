using System.Globalization;
using System.Text;

namespace Roadmap.Discord.Tests.Gateway;

/// <summary>What the soak measured, and the report it prints.</summary>
public sealed record SoakFigures(
    TimeSpan Duration,
    IReadOnlyDictionary<string, int> Faults,
    int Dispatched,
    int Delivered,
    int Duplicates,
    int Missing,
    int OutOfOrder,
    int RequiredIdentifies,
    int Identifies,
    int Resumes,
    int Connections,
    int Heartbeats,
    int SessionStartViolations,
    int ProtocolViolationCloses,
    IReadOnlyList<TimeSpan> Recoveries)
{
    public string Report(int unobservedExceptions)
    {
        var sorted = Recoveries.Order().ToList();
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Soak: {Faults.Values.Sum()} forced disconnects in {Duration.TotalSeconds:F1} s");
        report.AppendLine("Faults: " + string.Join(", ", Faults.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} ×{kv.Value}")));
        report.AppendLine(CultureInfo.InvariantCulture, $"Interactions dispatched {Dispatched}, delivered {Delivered}, duplicates {Duplicates}, missing {Missing}, out of order {OutOfOrder}");
        report.AppendLine(CultureInfo.InvariantCulture, $"IDENTIFY: {Identifies} sent, {RequiredIdentifies} required; RESUME: {Resumes}; connections: {Connections}; heartbeats: {Heartbeats}");
        report.AppendLine(CultureInfo.InvariantCulture, $"Session start limit violations {SessionStartViolations}; closes for client protocol violations {ProtocolViolationCloses}; unobserved task exceptions {unobservedExceptions}");
        report.Append(CultureInfo.InvariantCulture, $"Back in session after a fault: median {Percentile(sorted, 0.5)} ms, p95 {Percentile(sorted, 0.95)} ms, max {Percentile(sorted, 1)} ms");
        return report.ToString();
    }

    private static string Percentile(List<TimeSpan> sorted, double p) => sorted.Count == 0
        ? "-"
        : sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)].TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture);
}
