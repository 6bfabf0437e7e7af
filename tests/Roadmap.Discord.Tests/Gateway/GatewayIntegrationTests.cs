using System.Text.Json.Nodes;
using Roadmap.Discord.Gateway;
using Roadmap.Discord.Tests.Gateway.Fakes;
using Roadmap.Testing;

namespace Roadmap.Discord.Tests.Gateway;

/// <summary>The real client over real sockets against the fake Discord server.</summary>
public sealed class GatewayIntegrationTests
{
    [Fact]
    public async Task RunAsync_AgainstFakeDiscord_IdentifiesAndReceivesReady()
    {
        await using var gateway = await LiveGateway.StartAsync();

        await gateway.WaitForEventsAsync("READY", 1);

        var identify = gateway.Fake.ReceivedFrames.Single(f => f.Op == 2).Data!;
        Assert.Equal(LiveGateway.Token, identify["token"]!.GetValue<string>());
        Assert.Equal(0, identify["intents"]!.GetValue<int>());
        Assert.Equal("/gateway?v=10&encoding=json", gateway.Fake.ConnectionUrls.Single().PathAndQuery);
        Assert.Equal(gateway.Fake.SessionId, gateway.Client.SessionId);
        Assert.Equal(FakeGateway.ApplicationId, gateway.Client.ApplicationId);
        Assert.Equal(1, gateway.Fake.IdentifyCount);
        Assert.Equal(999, gateway.Fake.SessionStartLimit.Remaining);
    }

    [Fact]
    public async Task RunAsync_ReadyWithoutPrivateChannels_KeepsReceivingInteractions()
    {
        await using var gateway = await LiveGateway.StartAsync(arrange: fake => fake.OmitPrivateChannels = true);
        await gateway.Fake.WaitUntilAttachedAsync();

        await gateway.Fake.DispatchAsync("INTERACTION_CREATE", Interaction(1));

        await gateway.WaitForEventsAsync("INTERACTION_CREATE", 1);
        Assert.False(gateway.Run.IsCompleted);
    }

    [Fact]
    public async Task RunAsync_SocketDropped_ResumesAndReceivesMissedEventsOnce()
    {
        await using var gateway = await StartAttachedAsync();
        await gateway.Fake.DispatchAsync("INTERACTION_CREATE", Interaction(1));
        await gateway.WaitForEventsAsync("INTERACTION_CREATE", 1);

        await gateway.Fake.DropConnectionAsync();
        await gateway.Fake.DispatchAsync("INTERACTION_CREATE", Interaction(2));
        await gateway.Fake.DispatchAsync("INTERACTION_CREATE", Interaction(3));
        await gateway.WaitForEventsAsync("RESUMED", 1);

        Assert.Equal(["1", "2", "3"], InteractionIds(gateway));
        Assert.Equal(1, gateway.Fake.IdentifyCount);
        Assert.Equal(1, gateway.Fake.ResumeCount);
        Assert.Equal("/gateway/resume?v=10&encoding=json", gateway.Fake.ConnectionUrls[^1].PathAndQuery);
    }

    [Fact]
    public async Task RunAsync_Op7_Resumes()
    {
        await using var gateway = await StartAttachedAsync();

        await gateway.Fake.SendReconnectAsync();
        await gateway.Fake.DispatchAsync("INTERACTION_CREATE", Interaction(1));
        await gateway.WaitForEventsAsync("RESUMED", 1);
        await gateway.WaitForEventsAsync("INTERACTION_CREATE", 1);

        Assert.Equal((1, 1), (gateway.Fake.IdentifyCount, gateway.Fake.ResumeCount));
        Assert.Contains(gateway.Fake.Closes, c => c.ByClient && c.Code == GatewayCloseCodes.Reconnecting);
    }

    [Fact]
    public async Task RunAsync_Op9Resumable_Resumes()
    {
        await using var gateway = await StartAttachedAsync();

        await gateway.Fake.SendInvalidSessionAsync(resumable: true);
        await gateway.WaitForEventsAsync("RESUMED", 1);

        Assert.Equal((1, 1), (gateway.Fake.IdentifyCount, gateway.Fake.ResumeCount));
    }

    [Fact]
    public async Task RunAsync_Op9NotResumable_IdentifiesANewSessionAndKeepsDelivering()
    {
        await using var gateway = await StartAttachedAsync();
        var firstSession = gateway.Client.SessionId;

        await gateway.Fake.SendInvalidSessionAsync(resumable: false);
        await gateway.Fake.DispatchAsync("INTERACTION_CREATE", Interaction(1));
        await gateway.WaitForEventsAsync("READY", 2);
        await gateway.WaitForEventsAsync("INTERACTION_CREATE", 1);

        Assert.Equal((2, 0), (gateway.Fake.IdentifyCount, gateway.Fake.ResumeCount));
        Assert.NotEqual(firstSession, gateway.Client.SessionId);
        Assert.Equal(998, gateway.Fake.SessionStartLimit.Remaining);
    }

    [Theory]
    [InlineData(4000, 1, 1)]
    [InlineData(4008, 1, 1)]
    [InlineData(4009, 2, 0)]
    [InlineData(4003, 2, 0)]
    public async Task RunAsync_CloseCode_ResumesOrIdentifiesAsTheTableSays(int code, int identifies, int resumes)
    {
        await using var gateway = await StartAttachedAsync();

        await gateway.Fake.CloseConnectionAsync(code);
        await gateway.WaitUntilAsync(() => gateway.Fake.IdentifyCount + gateway.Fake.ResumeCount == 2 && gateway.Fake.IsClientAttached, () => "The client did not get back into a session.");

        Assert.Equal((identifies, resumes), (gateway.Fake.IdentifyCount, gateway.Fake.ResumeCount));
    }

    [Fact]
    public async Task RunAsync_FatalCloseCode_StopsWithoutReconnecting()
    {
        await using var gateway = await StartAttachedAsync();

        await gateway.Fake.CloseConnectionAsync(4014, "Disallowed intent(s).");
        var error = await Assert.ThrowsAsync<GatewayFatalException>(() => gateway.Run.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal(4014, error.CloseCode);
        Assert.Contains("Disallowed intent(s).", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, gateway.Fake.ConnectionCount);
    }

    [Fact]
    public async Task RunAsync_ZombieConnection_ClosesWithNon1000AndResumes()
    {
        await using var gateway = await StartAttachedAsync();

        await gateway.Fake.StartZombieAsync();
        await gateway.Fake.DispatchAsync("INTERACTION_CREATE", Interaction(1));
        // First heartbeat at half the interval (FixedRandom 0.5), then one interval to find no ACK.
        gateway.Advance(TimeSpan.FromMilliseconds(41250 / 2.0));
        await gateway.Fake.WaitUntilAsync(g => g.ReceivedFrames.Any(f => f.Op == 1), "a heartbeat");
        gateway.Advance(TimeSpan.FromMilliseconds(41250));
        await gateway.WaitForEventsAsync("RESUMED", 1);

        Assert.Contains(gateway.Fake.Closes, c => c.ByClient && c.Code == GatewayCloseCodes.Reconnecting);
        Assert.Equal((1, 1), (gateway.Fake.IdentifyCount, gateway.Fake.ResumeCount));
        await gateway.WaitForEventsAsync("INTERACTION_CREATE", 1);
    }

    [Fact]
    public async Task RunAsync_ZlibStream_InflatesAcrossMessagesAndConnections()
    {
        await using var gateway = await StartAttachedAsync(o => o.UseZlibStreamCompression = true);
        for (var i = 1; i <= 20; i++)
        {
            await gateway.Fake.DispatchAsync("INTERACTION_CREATE", Interaction(i));
        }

        await gateway.Fake.DropConnectionAsync();
        for (var i = 21; i <= 40; i++)
        {
            await gateway.Fake.DispatchAsync("INTERACTION_CREATE", Interaction(i));
        }

        await gateway.WaitForEventsAsync("INTERACTION_CREATE", 40);
        Assert.Equal(Enumerable.Range(1, 40).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), InteractionIds(gateway));
        Assert.All(gateway.Fake.ConnectionUrls, url => Assert.Contains("compress=zlib-stream", url.Query, StringComparison.Ordinal));
        // 40 dispatches, HELLO on both connections, READY and RESUMED; heartbeat ACKs come on top
        // only when an interval has passed, which a fast run may not reach.
        Assert.True(gateway.Fake.CompressedFrameCount >= 40 + 4, $"{gateway.Fake.CompressedFrameCount} compressed frames");
    }

    [Fact]
    public async Task RunAsync_Stopped_ClosesWith1000AndEndsTheSession()
    {
        await using var gateway = await StartAttachedAsync();

        await gateway.StopAsync();
        await gateway.Fake.WaitUntilAsync(g => g.Closes.Any(c => c.ByClient), "the client's close");

        Assert.Equal(1000, gateway.Fake.Closes.Single(c => c.ByClient).Code);
        Assert.Null(gateway.Fake.SessionId);
        Assert.Equal(1, gateway.Fake.ConnectionCount);
    }

    [Fact]
    public async Task RunAsync_Heartbeats_CarryTheLastSequenceAndGetAcknowledged()
    {
        await using var gateway = await StartAttachedAsync();
        await gateway.Fake.DispatchAsync("INTERACTION_CREATE", Interaction(1));
        await gateway.WaitForEventsAsync("INTERACTION_CREATE", 1);

        gateway.Advance(TimeSpan.FromMilliseconds(41250 / 2.0));
        await gateway.Fake.WaitUntilAsync(g => g.ReceivedFrames.Any(f => f.Op == 1 && f.Data?.GetValue<int>() == 2), "a heartbeat with seq 2");
        // The fake sends the ACK before it takes the next dispatch: once the client has delivered
        // that dispatch it has handled the ACK, and the next heartbeat finds it.
        await gateway.Fake.DispatchAsync("INTERACTION_CREATE", Interaction(2));
        await gateway.WaitForEventsAsync("INTERACTION_CREATE", 2);
        gateway.Advance(TimeSpan.FromMilliseconds(41250));
        await gateway.Fake.WaitUntilAsync(g => g.ReceivedFrames.Any(f => f.Op == 1 && f.Data?.GetValue<int>() == 3), "a heartbeat with seq 3");

        Assert.Equal(1, gateway.Fake.ConnectionCount);
        Assert.Empty(gateway.Fake.Closes);
    }

    internal static JsonObject Interaction(int id) => new()
    {
        ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["application_id"] = FakeGateway.ApplicationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["type"] = 2,
        ["token"] = "interaction-token",
        ["version"] = 1,
        ["data"] = new JsonObject { ["id"] = "1", ["name"] = "progress", ["type"] = 1 },
    };

    internal static List<string?> InteractionIds(LiveGateway gateway) =>
        gateway.Events.Where(e => e.Name == "INTERACTION_CREATE").Select(e => e.Data.GetProperty("id").GetString()).ToList();

    private static async Task<LiveGateway> StartAttachedAsync(Action<GatewayOptions>? configure = null, Action<FakeGateway>? arrange = null)
    {
        var gateway = await LiveGateway.StartAsync(configure, arrange);
        await gateway.WaitForEventsAsync("READY", 1);
        await gateway.Fake.WaitUntilAttachedAsync();
        return gateway;
    }
}
