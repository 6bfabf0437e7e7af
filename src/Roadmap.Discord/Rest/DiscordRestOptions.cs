namespace Roadmap.Discord.Rest;

/// <summary>
/// Settings of the REST client. <see cref="DiscordRestServiceCollectionExtensions.AddDiscordRest"/> binds
/// the tuning knobs from <c>Discord:Rest</c>; the host sets <see cref="Token"/> and <see cref="ApiBaseUrl"/>
/// from its own settings and validates them there, where it knows the keys a person typed.
/// </summary>
public sealed class DiscordRestOptions
{
    public const string SectionName = "Discord:Rest";

    /// <summary>The bot token, sent as <c>Authorization: Bot &lt;token&gt;</c>. Never logged. Set by the host.</summary>
    public string Token { get; set; } = "";

    /// <summary>The versioned API base; tests point it at the fake Discord server. Set by the host.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://discord.com/api/v10");

    /// <summary>The URL in the <c>DiscordBot ($url, $version)</c> User-Agent Discord requires.</summary>
    public Uri UserAgentUrl { get; set; } = new("https://github.com/roadmap-coach/roadmap-coach");

    /// <summary>Discord's global limit per bot token; interaction routes are exempt.</summary>
    public int GlobalRequestsPerSecond { get; set; } = 50;

    /// <summary>How many times a 502, 503 or 504 is retried before it becomes an exception.</summary>
    public int MaxServerErrorRetries { get; set; } = 3;

    /// <summary>The first 5xx backoff; each retry doubles it and adds up to as much again in jitter.</summary>
    public TimeSpan ServerErrorBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many 429s in a row one request waits out before giving up.</summary>
    public int MaxRateLimitRetries { get; set; } = 10;

    /// <summary>
    /// 401, 403 and 429 responses in ten minutes that trigger a warning (again at every multiple).
    /// Discord bans an IP for a while at 10,000; the default warns at a tenth of that.
    /// </summary>
    public int InvalidRequestWarningThreshold { get; set; } = 1000;

    /// <summary>
    /// 401, 403 and 429 responses in ten minutes at which traffic that can wait stops for ten
    /// minutes (<see cref="IDiscordRestClient.InvalidRequestStopUntil"/>; the nudge sweep reads it).
    /// Half of Discord's 10,000: the count is this process's alone, while Discord counts per IP (a
    /// second bot on the host counts too), and answers to members keep going during the stop and may
    /// add their own refusals. 0 turns the stop off.
    /// </summary>
    public int InvalidRequestStopThreshold { get; set; } = 5000;
}
