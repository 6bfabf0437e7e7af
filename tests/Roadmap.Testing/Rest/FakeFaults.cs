namespace Roadmap.Testing.Rest;

/// <summary>
/// Faults injected on demand: 5xx answers, arbitrary error bodies, forced 429s (bucket or global), closed DMs (403 with
/// 50007), an invalid token (401 for everything) and expired interactions (404 with 10062).
/// A fault without a route applies to whichever request comes next.
/// </summary>
public sealed class FakeFaults
{
    private readonly List<CountedFault> _pending = [];
    private readonly HashSet<ulong> _closedDms = [];
    private readonly HashSet<ulong> _expiredInteractions = [];
    private readonly Dictionary<ulong, int> _deniedChannels = [];
    private readonly Lock _lock = new();

    /// <summary>When true every request is answered 401, as Discord does for a revoked token.</summary>
    public bool TokenInvalid { get; private set; }

    /// <summary>The next <paramref name="count"/> matching requests get <paramref name="status"/> (502, 503, 504...).</summary>
    public void InjectServerErrors(int count, int status = 503, string? route = null) =>
        Add(new CountedFault(FaultKind.ServerError, route, count) { Status = status });

    /// <summary>The next matching requests get a 429 with <paramref name="retryAfter"/> in the given scope.</summary>
    public void ForceRateLimit(int count, TimeSpan retryAfter, string? route = null, bool global = false, string scope = "user") =>
        Add(new CountedFault(global ? FaultKind.GlobalRateLimit : FaultKind.BucketRateLimit, route, count)
        {
            RetryAfter = retryAfter,
            Scope = global ? "global" : scope,
        });

    /// <summary>The next matching requests get <paramref name="status"/> with this JSON body, e.g. an error tree.</summary>
    public void InjectErrorBody(int status, string json, string? route = null, int count = 1) =>
        Add(new CountedFault(FaultKind.ErrorBody, route, count) { Status = status, Body = json });

    /// <summary>Messages to this user's DM channel are refused with 403 and code 50007.</summary>
    public void CloseDirectMessages(ulong userId)
    {
        lock (_lock)
        {
            _closedDms.Add(userId);
        }
    }

    /// <summary>
    /// Messages created in this channel are refused as Discord refuses a bot the channel does not
    /// let in: <paramref name="code"/> 50001 (Missing Access) or 50013 (Missing Permissions) with 403,
    /// 10003 (Unknown Channel, deleted) with 404. Other channels are unaffected.
    /// </summary>
    public void DenyChannel(ulong channelId, int code)
    {
        lock (_lock)
        {
            _deniedChannels[channelId] = code;
        }
    }

    /// <summary>The code messages in this channel are refused with, if <see cref="DenyChannel"/> named it.</summary>
    public int? DeniedIn(ulong channelId)
    {
        lock (_lock)
        {
            return _deniedChannels.TryGetValue(channelId, out var code) ? code : null;
        }
    }

    public void InvalidateToken() => TokenInvalid = true;

    /// <summary>Callbacks for this interaction get 404 with code 10062, as after the 3-second deadline.</summary>
    public void ExpireInteraction(ulong interactionId)
    {
        lock (_lock)
        {
            _expiredInteractions.Add(interactionId);
        }
    }

    public bool AreDirectMessagesClosed(ulong userId)
    {
        lock (_lock)
        {
            return _closedDms.Contains(userId);
        }
    }

    public bool IsExpired(ulong interactionId)
    {
        lock (_lock)
        {
            return _expiredInteractions.Contains(interactionId);
        }
    }

    internal CountedFault? Take(string route)
    {
        lock (_lock)
        {
            var fault = _pending.FirstOrDefault(f => f.Route is null || f.Route == route);
            if (fault is null)
            {
                return null;
            }

            if (--fault.Remaining == 0)
            {
                _pending.Remove(fault);
            }

            return fault;
        }
    }

    private void Add(CountedFault fault)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fault.Remaining);
        lock (_lock)
        {
            _pending.Add(fault);
        }
    }
}
