using Roadmap.Discord.Gateway;
using Roadmap.Discord.Rest;

namespace Roadmap.Bot.Hosting.Discord;

/// <summary>GET /gateway/bot through the REST client, for the gateway's URL and session start limit.</summary>
public sealed class GatewayBotSource(DiscordRestClient rest) : IGatewayBotSource
{
    public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        rest.SendAsync<GatewayBotInfo>(DiscordRoute.Get("/gateway/bot"), null, cancellationToken);
}
