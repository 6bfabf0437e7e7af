using System.Diagnostics.Metrics;

namespace Roadmap.Discord.Rest;

/// <summary>The REST client's instruments on <see cref="DiscordMeter"/>.</summary>
internal sealed class RestMetrics(Meter meter)
{
    public const string RateLimitedName = "roadmap.discord.rest.rate_limited";
    public const string InvalidName = "roadmap.discord.rest.invalid_requests";

    private readonly Counter<long> _rateLimited = meter.CreateCounter<long>(
        RateLimitedName, "{response}", "429 responses from Discord's REST API; each one is waited out and the request retried (within Discord:MaxRateLimitRetries).");

    private readonly Counter<long> _invalid = meter.CreateCounter<long>(
        InvalidName, "{response}", "401, 403 and 429 (not shared-scope) responses from Discord's REST API, which count toward its ban of the IP at 10,000 in ten minutes.");

    /// <summary>Counts one 429, tagged with its scope (user, global, shared) and the route template (never a path with a token).</summary>
    public void RateLimited(string scope, string routeTemplate) =>
        _rateLimited.Add(1, new("discord.rate_limit.scope", scope), new("discord.route", routeTemplate));

    /// <summary>Counts one response that counts toward Discord's invalid-request limit, tagged with its status and route template.</summary>
    public void Invalid(int status, string routeTemplate) =>
        _invalid.Add(1, new("http.response.status_code", status), new("discord.route", routeTemplate));
}
