using System.Globalization;

namespace Roadmap.Testing.Rest;

/// <summary>The headers of Discord's 429s: bucket (user or shared scope) and global.</summary>
internal static class FakeRateLimitResponses
{
    public static RateLimitDecision Bucket(IReadOnlyDictionary<string, string> bucketHeaders, double retryAfter, string scope)
    {
        var headers = new Dictionary<string, string>(bucketHeaders)
        {
            ["Retry-After"] = RetryAfterHeader(retryAfter),
            ["X-RateLimit-Scope"] = scope,
        };
        return new RateLimitDecision(false, headers, retryAfter, false);
    }

    public static RateLimitDecision Global(double retryAfter)
    {
        var headers = new Dictionary<string, string>
        {
            ["Retry-After"] = RetryAfterHeader(retryAfter),
            ["X-RateLimit-Global"] = "true",
            ["X-RateLimit-Scope"] = "global",
        };
        return new RateLimitDecision(false, headers, retryAfter, true);
    }

    // Discord sends the header as whole seconds, rounded up, beside the exact float in the body.
    private static string RetryAfterHeader(double retryAfter) =>
        ((int)Math.Ceiling(retryAfter)).ToString(CultureInfo.InvariantCulture);
}
