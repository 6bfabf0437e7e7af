using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Roadmap.Testing.Rest;

/// <summary>
/// Every fake REST request goes through here: read and record it, check the token, apply any
/// injected fault, then the rate limits, then the route's behaviour.
/// </summary>
internal sealed class FakeRestPipeline(FakeRest rest, FakeRestBehaviours behaviours)
{
    public FakeRestBehaviours Behaviours { get; } = behaviours;

    public async Task HandleAsync(HttpContext context, FakeRouteSpec spec)
    {
        var (body, json, files) = await FakeRequestReader.ReadAsync(context.Request);
        var request = new FakeRestRequest(spec.Name, context.Request.RouteValues, json);
        var (scheme, matched) = ReadAuthorization(context.Request);
        var (response, headers) = Decide(spec, request, scheme, matched);

        rest.Requests.Add(new RecordedRequest(
            context.Request.Method,
            context.Request.Path.Value ?? "",
            spec.Name,
            FakeRequestReader.HeadersWithoutToken(context.Request),
            body,
            rest.Time.GetUtcNow())
        {
            Status = response.Status,
            AuthorizationScheme = scheme,
            TokenMatched = matched,
            Subject = spec.SubjectParameter is null ? null : request.Text(spec.SubjectParameter),
            Files = files,
        });

        await WriteAsync(context.Response, response, headers);
    }

    private (FakeResponse Response, IReadOnlyDictionary<string, string> Headers) Decide(
        FakeRouteSpec spec, FakeRestRequest request, string? scheme, bool matched)
    {
        var noHeaders = new Dictionary<string, string>();
        var anonymousAllowed = spec.ExemptFromGlobal && scheme is null;
        if (rest.Faults.TokenInvalid || !(matched || anonymousAllowed))
        {
            return (FakeResponse.Error(401, 0, "401: Unauthorized"), noHeaders);
        }

        var major = spec.MajorParameter is null ? "" : request.Text(spec.MajorParameter);
        switch (rest.Faults.Take(spec.Name))
        {
            case { Kind: FaultKind.ServerError } fault:
                return (FakeResponse.Error(fault.Status, 0, "Service temporarily unavailable"), noHeaders);
            case { Kind: FaultKind.ErrorBody } fault:
                return (new FakeResponse(fault.Status, JsonNode.Parse(fault.Body!)), noHeaders);
            case { Kind: FaultKind.GlobalRateLimit } fault:
                return RateLimited(FakeRateLimitResponses.Global(fault.RetryAfter.TotalSeconds));
            case { Kind: FaultKind.BucketRateLimit } fault:
                var bucketHeaders = new Dictionary<string, string> { ["X-RateLimit-Bucket"] = FakeRateLimits.BucketHash(spec.Name) };
                return RateLimited(FakeRateLimitResponses.Bucket(bucketHeaders, fault.RetryAfter.TotalSeconds, fault.Scope));
        }

        var decision = rest.Limits.Check(spec.Name, major, spec.ExemptFromGlobal);
        return decision.Allowed ? (spec.Behaviour(request), decision.Headers) : RateLimited(decision);
    }

    private static (FakeResponse, IReadOnlyDictionary<string, string>) RateLimited(RateLimitDecision decision)
    {
        var body = new JsonObject
        {
            ["message"] = "You are being rate limited.",
            ["retry_after"] = Math.Round(decision.RetryAfterSeconds, 3),
            ["global"] = decision.Global,
        };
        return (new FakeResponse(429, body), decision.Headers);
    }

    private (string? Scheme, bool Matched) ReadAuthorization(HttpRequest request)
    {
        var value = request.Headers.Authorization.ToString();
        if (value.Length == 0)
        {
            return (null, false);
        }

        var space = value.IndexOf(' ', StringComparison.Ordinal);
        var scheme = space < 0 ? value : value[..space];
        return (scheme, string.Equals(value, $"Bot {rest.Token}", StringComparison.Ordinal));
    }

    private static async Task WriteAsync(HttpResponse response, FakeResponse result, IReadOnlyDictionary<string, string> headers)
    {
        response.StatusCode = result.Status;
        foreach (var (name, value) in headers)
        {
            response.Headers[name] = value;
        }

        if (result.Body is not null)
        {
            response.ContentType = "application/json";
            await response.WriteAsync(result.Body.ToJsonString());
        }
    }
}
