using Microsoft.Extensions.Time.Testing;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Roadmap.Testing;
using Roadmap.Testing.Rest;

namespace Roadmap.Discord.Tests.Rest;

/// <summary>The fake itself must behave like Discord, or the client tests prove nothing.</summary>
public sealed class FakeRestTests : IAsyncLifetime, IDisposable
{
    private readonly HttpClient _http = new();
    private FakeDiscordServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeDiscordServer.StartAsync();
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", FakeRest.DefaultToken);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task CreateMessage_BeyondTheRouteLimit_Answers429WithDiscordHeadersAndBody()
    {
        // The fake's clock stands still, so the window has exactly 30 s left however slow the machine is
        // (on the real clock a loaded CI machine took over a second for three requests and saw "29").
        _server.Rest.Time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
        _server.Rest.Limits.SetRouteLimit(FakeRoutes.CreateMessage, 2, TimeSpan.FromSeconds(30));

        using var first = await PostMessageAsync(1);
        using var second = await PostMessageAsync(1);
        using var third = await PostMessageAsync(1);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("0", Header(second, "X-RateLimit-Remaining"));
        Assert.Equal("2", Header(first, "X-RateLimit-Limit"));
        Assert.Equal(FakeRateLimits.BucketHash(FakeRoutes.CreateMessage), Header(first, "X-RateLimit-Bucket"));
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("user", Header(third, "X-RateLimit-Scope"));
        Assert.Equal("30", Header(third, "Retry-After"));
        using var body = JsonDocument.Parse(await third.Content.ReadAsStringAsync());
        Assert.False(body.RootElement.GetProperty("global").GetBoolean());
        Assert.Equal(30, body.RootElement.GetProperty("retry_after").GetDouble());
    }

    [Fact]
    public async Task CreateMessage_OtherChannel_HasItsOwnWindow()
    {
        _server.Rest.Limits.SetRouteLimit(FakeRoutes.CreateMessage, 1, TimeSpan.FromSeconds(30));

        using var first = await PostMessageAsync(1);
        using var other = await PostMessageAsync(2);

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task AnyRoute_OverTheGlobalLimit_Answers429GlobalButCallbacksPass()
    {
        _server.Rest.Limits.GlobalLimit = 3;
        for (var channel = 1UL; channel <= 3; channel++)
        {
            using var ok = await PostMessageAsync(channel);
        }

        using var limited = await PostMessageAsync(4);
        using var callback = await _http.PostAsync(Url("interactions/1/tok/callback"), Json("""{"type":1}"""));

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("true", Header(limited, "X-RateLimit-Global"));
        Assert.Equal("global", Header(limited, "X-RateLimit-Scope"));
        Assert.Equal(HttpStatusCode.NoContent, callback.StatusCode);
    }

    [Fact]
    public async Task AnyRoute_WrongToken_Answers401AndRecordsNoTokenValue()
    {
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", "wrong-token");

        using var response = await PostMessageAsync(1);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var recorded = Assert.Single(_server.Rest.Requests.All);
        Assert.False(recorded.TokenMatched);
        Assert.Null(recorded.Header("Authorization"));
    }

    [Fact]
    public async Task EditOriginal_BeforeAnyCallback_Answers404UnknownWebhook()
    {
        using var response = await _http.PatchAsync(Url("webhooks/1/tok/messages/@original"), Json("""{"content":"x"}"""));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("10015", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> PostMessageAsync(ulong channel) =>
        _http.PostAsync(Url($"channels/{channel}/messages"), Json("""{"content":"hi"}"""));

    private Uri Url(string relative) => new($"{_server.ApiBaseUri}/{relative}");

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.First() : null;
}
