using Roadmap.Bot.Hosting.Discord;

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

    /// <summary>From the bot's own histogram: each percentile is its bucket's upper edge; the mean is not known (NaN).</summary>
    public static Percentiles Of(AnswerTimeHistogram histogram)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        return new Percentiles(
            double.NaN,
            histogram.Percentile(0.50).TotalMilliseconds,
            histogram.Percentile(0.90).TotalMilliseconds,
            histogram.Percentile(0.99).TotalMilliseconds,
            histogram.Percentile(0.999).TotalMilliseconds,
            histogram.Max.TotalMilliseconds);
    }

    private static double At(double[] sorted, double fraction) =>
        sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
}
