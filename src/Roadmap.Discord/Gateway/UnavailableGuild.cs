namespace Roadmap.Discord.Gateway;

/// <summary>A guild listed in READY before its GUILD_CREATE arrives.</summary>
public sealed record UnavailableGuild(ulong Id, bool? Unavailable);
