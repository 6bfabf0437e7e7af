namespace Roadmap.Discord.Gateway;

/// <summary>
/// Where the gateway learns its URL and session start limit (<c>GET /gateway/bot</c>). The REST client
/// implements it; the gateway asks before every new session, never before a RESUME.
/// </summary>
public interface IGatewayBotSource
{
    Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken);
}
