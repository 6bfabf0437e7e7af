using System.Diagnostics.Metrics;

namespace Roadmap.Discord.Gateway;

/// <summary>The gateway client's instruments on <see cref="DiscordMeter"/>.</summary>
internal sealed class GatewayMetrics(Meter meter)
{
    public const string ReconnectsName = "roadmap.discord.gateway.reconnects";

    private readonly Counter<long> _reconnects = meter.CreateCounter<long>(
        ReconnectsName, "{reconnect}", "Gateway connections that ended and are reconnected, by resuming the session or starting a new one.");

    /// <summary>Counts one reconnect, tagged with how it goes on: resume or new_session.</summary>
    public void Reconnecting(GatewayReconnectAction action) =>
        _reconnects.Add(1, new KeyValuePair<string, object?>("discord.gateway.reconnect", action == GatewayReconnectAction.NewSession ? "new_session" : "resume"));
}
