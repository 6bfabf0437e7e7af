namespace Roadmap.Discord.Rest;

/// <summary>How often one call has been rate limited and has met a 5xx so far.</summary>
internal sealed class RetryState
{
    public int RateLimits { get; set; }

    public int ServerErrors { get; set; }
}
