using Roadmap.Discord.Gateway;

namespace Roadmap.Discord.Tests.Gateway.Fakes;

/// <summary>Answers <c>GET /gateway/bot</c> from a queue of limits (the last one repeats) and counts calls.</summary>
public sealed class StaticGatewayBotSource(string url, params SessionStartLimit[] limits) : IGatewayBotSource
{
    private readonly Queue<SessionStartLimit> _limits = new(limits.Length > 0 ? limits : [new SessionStartLimit(1000, 1000, 0, 1)]);
    private SessionStartLimit? _last;
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        lock (_limits)
        {
            _last = _limits.Count > 0 ? _limits.Dequeue() : _last!;
            return Task.FromResult(new GatewayBotInfo(url, 1, _last));
        }
    }
}
