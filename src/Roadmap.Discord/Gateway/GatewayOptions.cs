namespace Roadmap.Discord.Gateway;

/// <summary>
/// Settings of the gateway client. <see cref="GatewayServiceCollectionExtensions.AddDiscordGateway"/>
/// binds the tuning knobs from <c>Discord:Gateway</c>; the host sets <see cref="Token"/> and
/// <see cref="Intents"/> from its own settings (the bot: <c>Discord:Token</c>, <c>Discord:Intents</c>).
/// </summary>
public sealed class GatewayOptions
{
    public const string SectionName = "Discord:Gateway";

    /// <summary>The raw bot token, without the "Bot " prefix. Set by the host.</summary>
    public string Token { get; set; } = string.Empty;

    /// <summary>Intents bitfield; 0 is enough for a slash-command bot (REFERENCE.md 1.6). Set by the host.</summary>
    public int Intents { get; set; }

    public int ApiVersion { get; set; } = 10;

    /// <summary>Connect with <c>compress=zlib-stream</c> transport compression.</summary>
    public bool UseZlibStreamCompression { get; set; }

    public string OperatingSystem { get; set; } = "linux";

    public string Browser { get; set; } = "roadmap-coach";

    public string Device { get; set; } = "roadmap-coach";

    /// <summary>First reconnect delay; it doubles per failed attempt up to <see cref="ReconnectBackoffMax"/>.</summary>
    public TimeSpan ReconnectBackoffBase { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan ReconnectBackoffMax { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>After op 9 with d=false the docs ask for a random wait of 1 to 5 seconds before IDENTIFY.</summary>
    public TimeSpan InvalidSessionDelayMin { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan InvalidSessionDelayMax { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The window in which at most <c>max_concurrency</c> IDENTIFYs may be sent.</summary>
    public TimeSpan IdentifyWindow { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a new socket may take to say HELLO before the attempt counts as failed.</summary>
    public TimeSpan HelloTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a close waits for the peer's close reply before the socket is abandoned.</summary>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Frames allowed per <see cref="SendWindow"/> on one connection (Discord: 120 per 60 s).</summary>
    public int MaxFramesPerWindow { get; set; } = 120;

    public TimeSpan SendWindow { get; set; } = TimeSpan.FromSeconds(60);
}
