using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Roadmap.Discord.Json;
using Roadmap.Discord.Models;

namespace Roadmap.Discord.Rest;

/// <summary>
/// Sends one REST call the way Discord asks: auth and user agent, the route's bucket, the global
/// limit, 429s waited out, 502/503/504 retried with backoff, and a 401 that stops everything.
/// </summary>
internal sealed class RestPipeline(HttpClient http, DiscordRestOptions options, TimeProvider time, RestMetrics metrics, ILogger logger)
{
    private readonly BucketRegistry _buckets = new(time);
    private readonly GlobalRateLimiter _global = new(options.GlobalRequestsPerSecond, time);
    private readonly InvalidRequestCounter _invalid = new(options.InvalidRequestWarningThreshold, options.InvalidRequestStopThreshold, time);
    private readonly RetryPolicy _retry = new(options, time);
    private readonly string _baseUrl = options.ApiBaseUrl.ToString().TrimEnd('/');
    private readonly string _userAgent = UserAgent.For(options.UserAgentUrl);
    private volatile bool _tokenRejected;

    public int InvalidRequestCount => _invalid.Count;

    public DateTimeOffset? InvalidRequestStopUntil => _invalid.StoppedUntil;

    public bool IsTokenRejected => _tokenRejected;

    /// <summary>Returns the successful response; every failure becomes a <see cref="DiscordRestException"/>.</summary>
    public async Task<HttpResponseMessage> SendAsync(DiscordRoute route, RestRequestBody? body, CancellationToken cancellationToken)
    {
        var attempt = new RetryState();
        using var ownBucket = route.IsSingleUse ? new RateLimitBucket(time) : null;
        while (true)
        {
            var response = await SendOnceAsync(route, ownBucket, body, cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            using (response)
            {
                await _retry.HandleFailureAsync(route, response, attempt, logger, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(DiscordRoute route, RateLimitBucket? ownBucket, RestRequestBody? body, CancellationToken cancellationToken)
    {
        ThrowIfTokenRejected(route);
        var bucket = ownBucket ?? _buckets.Get(route);
        await bucket.AcquireAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Held until the answer is in: see GlobalRateLimiter for why not only until it leaves.
            using var globalSlot = route.IsExemptFromGlobalLimit ? null : await _global.AcquireAsync(cancellationToken).ConfigureAwait(false);
            ThrowIfTokenRejected(route);
            using var request = CreateRequest(route, body);
            var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var headers = RateLimitHeaders.Parse(response.Headers);
            bucket.Update(headers);
            if (ownBucket is null && headers.Bucket is { Length: > 0 } hash)
            {
                _buckets.LearnHash(route, hash, bucket);
            }

            await ObserveFailureAsync(route, bucket, response, headers, cancellationToken).ConfigureAwait(false);
            return response;
        }
        finally
        {
            bucket.Release();
        }
    }

    // Runs while the bucket is still held, so no other request slips out before the pause is set.
    private async Task ObserveFailureAsync(
        DiscordRoute route, RateLimitBucket bucket, HttpResponseMessage response, RateLimitHeaders headers, CancellationToken cancellationToken)
    {
        switch (response.StatusCode)
        {
            case HttpStatusCode.TooManyRequests:
                await ObserveRateLimitAsync(route, bucket, response, headers, cancellationToken).ConfigureAwait(false);
                break;
            case HttpStatusCode.Unauthorized:
                _tokenRejected = true;
                CountInvalid(route, response.StatusCode);
                RestLog.InvalidToken(logger, route.RouteKey);
                break;
            case HttpStatusCode.Forbidden:
                CountInvalid(route, response.StatusCode);
                break;
        }
    }

    private async Task ObserveRateLimitAsync(
        DiscordRoute route, RateLimitBucket bucket, HttpResponseMessage response, RateLimitHeaders headers, CancellationToken cancellationToken)
    {
        var limited = await ReadAsync<RateLimitedBody>(response, cancellationToken).ConfigureAwait(false);
        var retryAfter = limited is { RetryAfter: > 0 }
            ? TimeSpan.FromSeconds(limited.RetryAfter)
            : headers.RetryAfter ?? TimeSpan.FromSeconds(1);
        var isGlobal = headers.IsGlobal || limited?.Global == true;
        if (isGlobal && !route.IsExemptFromGlobalLimit)
        {
            _global.PauseFor(retryAfter);
        }
        else
        {
            bucket.PauseFor(retryAfter);
        }

        // Shared-scope 429s do not count toward Discord's invalid-request ban.
        if (!string.Equals(headers.Scope, "shared", StringComparison.Ordinal))
        {
            CountInvalid(route, response.StatusCode);
        }

        var scope = isGlobal ? "global" : headers.Scope ?? "bucket";
        metrics.RateLimited(scope, route.RouteKey);
        RestLog.RateLimited(logger, route.RouteKey, scope, retryAfter.TotalMilliseconds);
    }

    private void CountInvalid(DiscordRoute route, HttpStatusCode status)
    {
        metrics.Invalid((int)status, route.RouteKey);
        if (_invalid.Record() is { } count)
        {
            RestLog.InvalidRequestsRising(logger, count);
        }
    }

    private HttpRequestMessage CreateRequest(DiscordRoute route, RestRequestBody? body)
    {
        var request = new HttpRequestMessage(route.Method, new Uri(_baseUrl + route.Path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bot", options.Token);
        request.Headers.TryAddWithoutValidation("User-Agent", _userAgent);
        request.Content = body?.CreateContent(time);
        return request;
    }

    private void ThrowIfTokenRejected(DiscordRoute route)
    {
        if (_tokenRejected)
        {
            throw new DiscordInvalidTokenException(null, route);
        }
    }

    internal static async Task<T?> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await response.Content.ReadFromJsonAsync(DiscordJson.TypeInfo<T>(), cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
