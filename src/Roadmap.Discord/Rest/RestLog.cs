using Microsoft.Extensions.Logging;

namespace Roadmap.Discord.Rest;

/// <summary>The REST client's log messages. Routes are logged as templates, never as paths with tokens.</summary>
internal static partial class RestLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Rate limited on {Route} ({Scope}); retrying in {RetryAfterMs} ms")]
    public static partial void RateLimited(ILogger logger, string route, string scope, double retryAfterMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord answered {Route} with {Status}; retry {Attempt} of {MaxAttempts} in {DelayMs} ms")]
    public static partial void ServerErrorRetry(ILogger logger, string route, int status, int attempt, int maxAttempts, double delayMs);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Discord rejected the bot token (401) on {Route}. All further REST requests are stopped; set a valid Discord:Token and restart")]
    public static partial void InvalidToken(ILogger logger, string route);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} responses with status 401, 403 or 429 in the last 10 minutes; Discord bans the IP at 10000")]
    public static partial void InvalidRequestsRising(ILogger logger, int count);
}
