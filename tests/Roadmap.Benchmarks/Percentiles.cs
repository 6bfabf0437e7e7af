namespace Roadmap.Benchmarks;

/// <summary>Mean, nearest-rank percentiles and maximum of a set of durations, in milliseconds.</summary>
public sealed record Percentiles(double Mean, double P50, double P90, double P99, double P999, double Max)
{
    public static Percentiles Of(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new Percentiles(0, 0, 0, 0, 0, 0);
        }

        return new Percentiles(sorted.Average(), At(sorted, 0.50), At(sorted, 0.90), At(sorted, 0.99), At(sorted, 0.999), sorted[^1]);
    }

    private static double At(double[] sorted, double fraction) =>
        sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
}
