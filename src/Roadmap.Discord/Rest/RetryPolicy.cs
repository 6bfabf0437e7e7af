using System.Net;
using Microsoft.Extensions.Logging;
using Roadmap.Discord.Models;

namespace Roadmap.Discord.Rest;

/// <summary>
/// Decides what a failed response means for the call: wait and retry (429, 502, 503, 504 within
/// their bounds) or throw the typed exception.
/// </summary>
internal sealed class RetryPolicy(DiscordRestOptions options, TimeProvider time)
{
    public async Task HandleFailureAsync(
        DiscordRoute route, HttpResponseMessage response, RetryState state, ILogger logger, CancellationToken cancellationToken)
    {
        var status = response.StatusCode;
        if (status == HttpStatusCode.TooManyRequests && ++state.RateLimits <= options.MaxRateLimitRetries)
        {
            // The bucket or the global limiter now holds the pause; the next attempt waits there.
            return;
        }

        if (IsRetriableServerError(status) && ++state.ServerErrors <= options.MaxServerErrorRetries)
        {
            var delay = Backoff(state.ServerErrors);
            RestLog.ServerErrorRetry(logger, route.RouteKey, (int)status, state.ServerErrors, options.MaxServerErrorRetries, delay.TotalMilliseconds);
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
            return;
        }

        var body = await RestPipeline.ReadAsync<DiscordErrorBody>(response, cancellationToken).ConfigureAwait(false);
        throw status == HttpStatusCode.Unauthorized
            ? new DiscordInvalidTokenException(body, route)
            : new DiscordRestException(status, body, route);
    }

    private static bool IsRetriableServerError(HttpStatusCode status) =>
        status is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    // Exponential backoff with full jitter on top: base × 2^(n−1) plus up to as much again.
    private TimeSpan Backoff(int retry)
    {
        var step = options.ServerErrorBaseDelay * Math.Pow(2, retry - 1);
#pragma warning disable CA5394 // Jitter only spreads retries out; it needs no cryptographic randomness.
        return step + (step * Random.Shared.NextDouble());
#pragma warning restore CA5394
    }
}
