using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Roadmap.Testing.Rest;

/// <summary>
/// Discord-style limits: a fixed window per route and major parameter, announced with real
/// X-RateLimit-* headers and a bucket hash per route, and a global limit per second over every
/// route except interaction callbacks and webhooks.
/// </summary>
public sealed class FakeRateLimits(Func<TimeProvider> time)
{
    private readonly Dictionary<string, (int Limit, TimeSpan Window)> _routeLimits = [];
    private readonly Dictionary<string, (int Count, DateTimeOffset ResetAt)> _windows = [];
    private readonly Queue<DateTimeOffset> _global = new();
    private readonly Lock _lock = new();

    /// <summary>Requests per second over non-exempt routes; Discord's is 50.</summary>
    public int GlobalLimit { get; set; } = 50;

    public int DefaultLimit { get; set; } = 5;

    public TimeSpan DefaultWindow { get; set; } = TimeSpan.FromSeconds(1);

    public void SetRouteLimit(string route, int limit, TimeSpan window)
    {
        lock (_lock)
        {
            _routeLimits[route] = (limit, window);
        }
    }

    public static string BucketHash(string route) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(route)), 0, 16);

    internal RateLimitDecision Check(string route, string major, bool exempt)
    {
        lock (_lock)
        {
            var now = time().GetUtcNow();
            if (!exempt && GlobalIsFull(now) is { } globalWait)
            {
                return FakeRateLimitResponses.Global(globalWait);
            }

            var (limit, window) = _routeLimits.TryGetValue(route, out var configured) ? configured : (DefaultLimit, DefaultWindow);
            var key = $"{route} {major}";
            var (count, resetAt) = _windows.TryGetValue(key, out var current) && now < current.ResetAt ? current : (0, now + window);
            var headers = Headers(route, limit, Math.Max(0, limit - count - 1), resetAt, now);
            if (count >= limit)
            {
                return FakeRateLimitResponses.Bucket(Headers(route, limit, 0, resetAt, now), (resetAt - now).TotalSeconds, "user");
            }

            _windows[key] = (count + 1, resetAt);
            if (!exempt)
            {
                _global.Enqueue(now);
            }

            return RateLimitDecision.Pass(headers);
        }
    }

    private double? GlobalIsFull(DateTimeOffset now)
    {
        while (_global.Count > 0 && now - _global.Peek() >= TimeSpan.FromSeconds(1))
        {
            _global.Dequeue();
        }

        return _global.Count >= GlobalLimit ? (_global.Peek() + TimeSpan.FromSeconds(1) - now).TotalSeconds : null;
    }

    private static Dictionary<string, string> Headers(string route, int limit, int remaining, DateTimeOffset resetAt, DateTimeOffset now) => new()
    {
        ["X-RateLimit-Limit"] = limit.ToString(CultureInfo.InvariantCulture),
        ["X-RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture),
        ["X-RateLimit-Reset"] = (resetAt.ToUnixTimeMilliseconds() / 1000.0).ToString("0.000", CultureInfo.InvariantCulture),
        ["X-RateLimit-Reset-After"] = (resetAt - now).TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture),
        ["X-RateLimit-Bucket"] = BucketHash(route),
    };
}
