namespace Roadmap.Discord.Gateway;

/// <summary>The bot user as READY reports it; only the fields the gateway logs.</summary>
public sealed record ReadyUser(ulong Id, string? Username, bool? Bot);
