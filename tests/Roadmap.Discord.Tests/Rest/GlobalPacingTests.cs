using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Roadmap.Discord.Models;
using Roadmap.Discord.Rest;
using Roadmap.Testing;
using Roadmap.Testing.Rest;

namespace Roadmap.Discord.Tests.Rest;

/// <summary>
/// The global limit on real clocks, with loopback latency between the client deciding to send and
/// the fake counting the request, which the fake-clock tests cannot have.
/// </summary>
public sealed class GlobalPacingTests
{
    private static readonly MessageBody Hello = new() { Content = "hello" };

    [Fact]
    public async Task Client_BurstOfThreeSecondsOfRequests_NoneAnswered429()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        using var http = new HttpClient();
        var options = new DiscordRestOptions { Token = FakeRest.DefaultToken, ApiBaseUrl = server.ApiBaseUri };
        var client = new DiscordRestClient(http, Options.Create(options), TimeProvider.System, NullLogger<DiscordRestClient>.Instance);

        // One channel each, so only the global limit (50 a second, the fake's and the client's) holds them back.
        await Task.WhenAll(Enumerable.Range(1, 150).Select(i => client.CreateMessageAsync((ulong)i, Hello, CancellationToken.None)))
            .WaitAsync(TimeSpan.FromSeconds(30));

        var sent = server.Rest.Requests.ForRoute(FakeRoutes.CreateMessage);
        Assert.Equal(0, sent.Count(r => r.Status == 429));
        Assert.Equal(150, sent.Count);
        Assert.Equal(150, server.Rest.Messages.Count);
        // Paced, not merely lucky: 150 at 50 a second span at least two seconds on the fake's clock.
        Assert.True(sent[^1].ReceivedAt - sent[0].ReceivedAt >= TimeSpan.FromSeconds(2));
    }
}
