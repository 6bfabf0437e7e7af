using System.Collections.Concurrent;

namespace Roadmap.Discord.Rest;

/// <summary>
/// Finds the bucket for a route: keyed by method, template and major parameter until Discord
/// names the route's bucket with X-RateLimit-Bucket, then by that hash and the major parameter,
/// so routes that share a hash share a bucket. Idle buckets are dropped after a minute.
/// </summary>
internal sealed class BucketRegistry(TimeProvider time)
{
    private static readonly TimeSpan IdleLifetime = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, string> _hashByRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);
    private int _lookups;

    public int Count => _buckets.Count;

    public RateLimitBucket Get(DiscordRoute route)
    {
        if (Interlocked.Increment(ref _lookups) % 256 == 0)
        {
            RemoveIdle();
        }

        return _buckets.GetOrAdd(KeyFor(route), _ => new RateLimitBucket(time));
    }

    /// <summary>Records the hash Discord gave the route and files the bucket under it.</summary>
    public void LearnHash(DiscordRoute route, string hash, RateLimitBucket bucket)
    {
        _hashByRoute[route.RouteKey] = hash;
        _buckets.TryAdd($"{hash} {route.MajorParameter}", bucket);
    }

    private string KeyFor(DiscordRoute route) =>
        _hashByRoute.TryGetValue(route.RouteKey, out var hash)
            ? $"{hash} {route.MajorParameter}"
            : $"{route.RouteKey} {route.MajorParameter}";

    private void RemoveIdle()
    {
        var cutoff = time.GetUtcNow() - IdleLifetime;
        foreach (var (key, bucket) in _buckets)
        {
            if (!bucket.IsBusy && bucket.LastUsed < cutoff)
            {
                _buckets.TryRemove(key, out _);
            }
        }
    }
}
