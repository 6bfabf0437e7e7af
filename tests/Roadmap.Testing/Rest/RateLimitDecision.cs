namespace Roadmap.Testing.Rest;

/// <summary>What the fake's limiter decided: let through, or a 429 with its scope and wait.</summary>
internal sealed record RateLimitDecision(bool Allowed, IReadOnlyDictionary<string, string> Headers, double RetryAfterSeconds, bool Global)
{
    public static RateLimitDecision Pass(IReadOnlyDictionary<string, string> headers) => new(true, headers, 0, false);
}
