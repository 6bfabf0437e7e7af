namespace Roadmap.Discord.Gateway;

/// <summary>The response of <c>GET /gateway/bot</c>.</summary>
public sealed record GatewayBotInfo(string Url, int Shards, SessionStartLimit SessionStartLimit);
