namespace Roadmap.Discord.Models;

/// <summary>The body of a 429: seconds to wait (fractional) and whether the limit is global.</summary>
public sealed record RateLimitedBody
{
    public string Message { get; init => field = value ?? ""; } = "";

    public double RetryAfter { get; init; }

    public bool Global { get; init; }

    public int? Code { get; init; }
}
