namespace Roadmap.Bot.Hosting.Discord;

/// <summary>
/// The "Discord" section, as a person setting up the bot sees it (see the README's table). The only
/// class bound to it: the REST and gateway clients get the token, API base and intents from here, and
/// bind only their tuning knobs, from <c>Discord:Rest</c> and <c>Discord:Gateway</c>.
/// </summary>
internal sealed class DiscordBotOptions
{
    public const string Section = "Discord";

    /// <summary>The bot token. Empty starts local mode instead of connecting.</summary>
    public string Token { get; set; } = "";

    /// <summary>The application id; when unset it is taken from READY.</summary>
    public ulong? ApplicationId { get; set; }

    /// <summary>Register commands to this server only (instant, for development); unset registers globally.</summary>
    public ulong? DevGuildId { get; set; }

    /// <summary>Discord's versioned REST base; point it at the fake server to try the bot offline.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://discord.com/api/v10");

    /// <summary>Gateway intents; slash commands need none.</summary>
    public int Intents { get; set; }

    /// <summary>How long a handler may run before the reply is deferred; Discord allows 3 seconds in all.</summary>
    public TimeSpan DeferAfter { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long shutdown waits for interactions already being handled.</summary>
    public TimeSpan ShutdownGrace { get; set; } = TimeSpan.FromSeconds(10);
}
