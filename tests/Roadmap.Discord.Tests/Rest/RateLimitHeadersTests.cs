using Roadmap.Discord.Rest;

namespace Roadmap.Discord.Tests.Rest;

public sealed class RateLimitHeadersTests
{
    [Fact]
    public void Parse_DocsGlobal429Headers_ReadsFractionalSecondsAndScope()
    {
        using var response = new HttpResponseMessage();
        response.Headers.Add("Retry-After", "65");
        response.Headers.Add("X-RateLimit-Global", "true");
        response.Headers.Add("X-RateLimit-Scope", "global");

        var headers = RateLimitHeaders.Parse(response.Headers);

        Assert.True(headers.IsGlobal);
        Assert.Equal("global", headers.Scope);
        Assert.Equal(TimeSpan.FromSeconds(65), headers.RetryAfter);
        Assert.Null(headers.Remaining);
    }

    [Fact]
    public void Parse_BucketHeaders_ReadsLimitRemainingResetAfterAndHash()
    {
        using var response = new HttpResponseMessage();
        response.Headers.Add("X-RateLimit-Limit", "5");
        response.Headers.Add("X-RateLimit-Remaining", "0");
        response.Headers.Add("X-RateLimit-Reset-After", "64.57");
        response.Headers.Add("X-RateLimit-Bucket", "abcd1234");

        var headers = RateLimitHeaders.Parse(response.Headers);

        Assert.Equal((5, 0, "abcd1234"), (headers.Limit, headers.Remaining, headers.Bucket));
        Assert.Equal(TimeSpan.FromSeconds(64.57), headers.ResetAfter);
        Assert.False(headers.IsGlobal);
    }

    [Fact]
    public void Parse_NoRateLimitHeaders_LeavesEverythingEmpty()
    {
        using var response = new HttpResponseMessage();

        var headers = RateLimitHeaders.Parse(response.Headers);

        Assert.Equal(new RateLimitHeaders(null, null, null, null, false, null, null), headers);
    }
}
