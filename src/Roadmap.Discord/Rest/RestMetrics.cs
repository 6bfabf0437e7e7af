using System.Diagnostics.Metrics;

namespace Roadmap.Discord.Rest;

/// <summary>The REST client's instruments on <see cref="DiscordMeter"/>.</summary>
internal sealed class RestMetrics(Meter meter)
{
    public const string RateLimitedName = "roadmap.discord.rest.rate_limited";

    private readonly Counter<long> _rateLimited = meter.CreateCounter<long>(
        RateLimitedName, "{response}", "429 responses from Discord's REST API; each one is waited out and the request retried (within Discord:MaxRateLimitRetries).");

    /// <summary>Counts one 429, tagged with its scope (user, global, shared) and the route template (never a path with a token).</summary>
    public void RateLimited(string scope, string routeTemplate) =>
        _rateLimited.Add(1, new("discord.rate_limit.scope", scope), new("discord.route", routeTemplate));
}
