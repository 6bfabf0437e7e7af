using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Roadmap.Testing.Rest;

namespace Roadmap.Benchmarks.Load;

/// <summary>
/// When the answer carrying <c>roadmap.png</c> reached the fake, per interaction of a run: the callback
/// when the bot answered at once, or the follow-up after a deferral (its webhook path carries the
/// interaction's token, which carries its id). Only a multipart request whose file part is a PNG named
/// roadmap.png counts. Each picture's bytes go to <paramref name="cache"/>, which tells drawn from cached.
/// </summary>
public sealed class PictureWatch(CallbackClock clock, PictureCacheReplay cache)
{
    public const string FileName = "roadmap.png";

    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly long[] _arrived = new long[clock.Capacity];
    private int _misses;
    private int _seen;
    private long _bytes;

    /// <summary>Pictures of this run that the bot drew afresh (by <see cref="PictureCacheReplay"/>).</summary>
    public int Misses => Volatile.Read(ref _misses);

    /// <summary>Pictures of this run, drawn or cached.</summary>
    public int Seen => Volatile.Read(ref _seen);

    public double MeanKilobytes => Seen == 0 ? 0 : Volatile.Read(ref _bytes) / 1024.0 / Seen;

    public void Observe(RecordedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = Stopwatch.GetTimestamp();
        if (request.Files.FirstOrDefault(f => f.FileName == FileName) is not { } file
            || request.Header("Content-Type")?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) != true
            || !file.Content.AsSpan().StartsWith(PngSignature)
            || request.Status is < 200 or > 299
            || !clock.TryIndexOf(InteractionId(request), out var index))
        {
            return;
        }

        if (Interlocked.CompareExchange(ref _arrived[index], now, 0) == 0)
        {
            Interlocked.Increment(ref _seen);
            Interlocked.Add(ref _bytes, file.Content.Length);
            if (!cache.Touch(Convert.ToHexString(SHA256.HashData(file.Content))))
            {
                Interlocked.Increment(ref _misses);
            }
        }
    }

    /// <summary>Frame sent to the picture's answer received, or null when none arrived within <paramref name="limit"/>.</summary>
    public TimeSpan? Latency(int index, TimeSpan limit)
    {
        var arrived = Volatile.Read(ref _arrived[index]);
        var sent = clock.SentAt(index);
        if (arrived == 0 || sent == 0)
        {
            return null;
        }

        var elapsed = Stopwatch.GetElapsedTime(sent, arrived);
        return elapsed <= limit ? elapsed : null;
    }

    /// <summary>The callback's subject, or the id inside the token of a webhook path (follow-ups, edits).</summary>
    private static ulong InteractionId(RecordedRequest request)
    {
        if (request.Route == FakeRoutes.InteractionCallback)
        {
            return ulong.TryParse(request.Subject, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;
        }

        var token = request.Path.Split('/').FirstOrDefault(s => s.StartsWith(LoadMix.TokenPrefix, StringComparison.Ordinal));
        return token is not null && ulong.TryParse(token[LoadMix.TokenPrefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var fromToken) ? fromToken : 0;
    }
}
