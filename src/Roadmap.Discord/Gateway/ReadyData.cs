namespace Roadmap.Discord.Gateway;

/// <summary>
/// The READY dispatch, as far as the client needs it. Every member is optional in code: READY carries
/// undocumented fields (<c>private_channels</c>, <c>_trace</c>, ...) that are skipped, and a missing
/// field must never stop the bot.
/// </summary>
public sealed record ReadyData(
    int V,
    ReadyUser? User,
    IReadOnlyList<UnavailableGuild>? Guilds,
    string? SessionId,
    string? ResumeGatewayUrl,
    IReadOnlyList<int>? Shard,
    ReadyApplication? Application);
