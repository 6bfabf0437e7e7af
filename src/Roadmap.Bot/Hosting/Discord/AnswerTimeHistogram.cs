using System.Globalization;
using System.Text;

namespace Roadmap.Bot.Hosting.Discord;

/// <summary>
/// Counts of durations in fixed buckets: 10 µs wide up to 20 ms, then 1 ms wide up to 3 s (Discord's
/// limit), then one bucket for anything longer. <see cref="AnswerTimesReporter"/> fills it from the
/// <see cref="BotMetrics.AnswerTime"/> histogram: a Meter histogram hands each measurement to its
/// listeners and keeps nothing, and the platform has no aggregation with percentiles (exporters
/// keep a few explicit buckets), so the hourly summary and the load benchmark need this one.
/// Recording is one atomic increment, without a lock. Percentiles are read as the upper edge of
/// their bucket, so they never flatter: at most 10 µs high below 20 ms.
/// </summary>
public sealed class AnswerTimeHistogram
{
    private const int FineBuckets = 2_000;
    private const long FineWidthMicroseconds = 10;
    private const long CoarseStartMicroseconds = FineBuckets * FineWidthMicroseconds;
    private const long CoarseWidthMicroseconds = 1_000;
    private const int CoarseBuckets = 2_980;
    private const int BucketCount = FineBuckets + CoarseBuckets + 1;

    private readonly long[] _counts;
    private long _maxMicroseconds;

    public AnswerTimeHistogram()
        : this(new long[BucketCount], 0)
    {
    }

    private AnswerTimeHistogram(long[] counts, long maxMicroseconds)
    {
        _counts = counts;
        _maxMicroseconds = maxMicroseconds;
    }

    public long Count => _counts.Sum();

    public TimeSpan Max => TimeSpan.FromMicroseconds(Volatile.Read(ref _maxMicroseconds));

    public void Add(TimeSpan duration)
    {
        var microseconds = Math.Max(0, (long)duration.TotalMicroseconds);
        Interlocked.Increment(ref _counts[BucketOf(microseconds)]);
        var max = Volatile.Read(ref _maxMicroseconds);
        while (microseconds > max)
        {
            var seen = Interlocked.CompareExchange(ref _maxMicroseconds, microseconds, max);
            if (seen == max)
            {
                break;
            }

            max = seen;
        }
    }

    /// <summary>The nearest-rank percentile (<paramref name="fraction"/> of 1), as its bucket's upper edge; zero when empty.</summary>
    public TimeSpan Percentile(double fraction)
    {
        var total = Count;
        if (total == 0)
        {
            return TimeSpan.Zero;
        }

        var rank = Math.Clamp((long)Math.Ceiling(fraction * total), 1, total);
        long seen = 0;
        for (var bucket = 0; bucket < BucketCount; bucket++)
        {
            seen += Volatile.Read(ref _counts[bucket]);
            if (seen >= rank)
            {
                return bucket == BucketCount - 1 ? Max : TimeSpan.FromMicroseconds(Math.Min(UpperEdge(bucket), Volatile.Read(ref _maxMicroseconds)));
            }
        }

        return Max;
    }

    /// <summary>A copy as it stands now.</summary>
    public AnswerTimeHistogram Snapshot()
    {
        var counts = new long[BucketCount];
        for (var bucket = 0; bucket < BucketCount; bucket++)
        {
            counts[bucket] = Volatile.Read(ref _counts[bucket]);
        }

        return new AnswerTimeHistogram(counts, Volatile.Read(ref _maxMicroseconds));
    }

    /// <summary>
    /// What was added between <paramref name="earlier"/> (a snapshot of the same histogram) and this
    /// one. Its maximum is this one's, which may come from before; it is the best that is known.
    /// </summary>
    public AnswerTimeHistogram Since(AnswerTimeHistogram earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        var counts = new long[BucketCount];
        for (var bucket = 0; bucket < BucketCount; bucket++)
        {
            counts[bucket] = Math.Max(0, _counts[bucket] - earlier._counts[bucket]);
        }

        return new AnswerTimeHistogram(counts, counts.Any(c => c > 0) ? _maxMicroseconds : 0);
    }

    /// <summary>The histogram as one line of text: <c>max=&lt;µs&gt; &lt;bucket&gt;:&lt;count&gt;,…</c> (non-empty buckets only).</summary>
    public override string ToString()
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"max={Volatile.Read(ref _maxMicroseconds)}");
        var separator = ' ';
        for (var bucket = 0; bucket < BucketCount; bucket++)
        {
            if (Volatile.Read(ref _counts[bucket]) is var count and > 0)
            {
                text.Append(separator).Append(CultureInfo.InvariantCulture, $"{bucket}:{count}");
                separator = ',';
            }
        }

        return text.ToString();
    }

    /// <summary>Reads what <see cref="ToString"/> wrote.</summary>
    public static AnswerTimeHistogram Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(' ', 2);
        if (!parts[0].StartsWith("max=", StringComparison.Ordinal))
        {
            throw new FormatException($"Not an answer-time histogram: {text}");
        }

        var counts = new long[BucketCount];
        if (parts.Length == 2)
        {
            foreach (var pair in parts[1].Split(','))
            {
                var (bucket, count) = (pair[..pair.IndexOf(':', StringComparison.Ordinal)], pair[(pair.IndexOf(':', StringComparison.Ordinal) + 1)..]);
                counts[int.Parse(bucket, CultureInfo.InvariantCulture)] = long.Parse(count, CultureInfo.InvariantCulture);
            }
        }

        return new AnswerTimeHistogram(counts, long.Parse(parts[0]["max=".Length..], CultureInfo.InvariantCulture));
    }

    private static int BucketOf(long microseconds) => microseconds < CoarseStartMicroseconds
        ? (int)(microseconds / FineWidthMicroseconds)
        : (int)Math.Min(FineBuckets + ((microseconds - CoarseStartMicroseconds) / CoarseWidthMicroseconds), BucketCount - 1);

    private static long UpperEdge(int bucket) => bucket < FineBuckets
        ? (bucket + 1) * FineWidthMicroseconds
        : CoarseStartMicroseconds + ((bucket - FineBuckets + 1) * CoarseWidthMicroseconds);
}
