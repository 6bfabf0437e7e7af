using Roadmap.Discord.Gateway;

namespace Roadmap.Discord.Tests.Gateway.Fakes;

/// <summary>Answers <c>GET /gateway/bot</c> from a queue of limits (the last one repeats) and counts calls.</summary>
public sealed class StaticGatewayBotSource(string url, params SessionStartLimit[] limits) : IGatewayBotSource
{
    private readonly Queue<SessionStartLimit> _limits = new(limits.Length > 0 ? limits : [new SessionStartLimit(1000, 1000, 0, 1)]);
    private SessionStartLimit? _last;
    private int _calls;
    private int _failures;

    public int Calls => Volatile.Read(ref _calls);

    /// <summary>The next <paramref name="count"/> calls fail, as REST does during an outage.</summary>
    public void FailNextCalls(int count) => Volatile.Write(ref _failures, count);

    public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        if (Interlocked.Decrement(ref _failures) >= 0)
        {
            return Task.FromException<GatewayBotInfo>(new HttpRequestException("Scripted outage."));
        }

        lock (_limits)
        {
            _last = _limits.Count > 0 ? _limits.Dequeue() : _last!;
            return Task.FromResult(new GatewayBotInfo(url, 1, _last));
        }
    }
}
