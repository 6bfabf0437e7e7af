namespace Roadmap.Discord.Gateway;

/// <summary>The <c>d</c> of IDENTIFY (op 2). The token is the raw bot token, without "Bot ".</summary>
public sealed record IdentifyData(
    string Token,
    IdentifyProperties Properties,
    int Intents,
    bool? Compress = null,
    int? LargeThreshold = null,
    IReadOnlyList<int>? Shard = null,
    PresenceUpdate? Presence = null);
