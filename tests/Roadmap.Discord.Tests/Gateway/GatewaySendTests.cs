using System.Text.Json;
using Roadmap.Discord.Gateway;
using Roadmap.Discord.Tests.Gateway.Fakes;

namespace Roadmap.Discord.Tests.Gateway;

public sealed class GatewaySendTests
{
    [Fact]
    public async Task SendAsync_FrameOver4096Bytes_ThrowsBeforeSending()
    {
        await using var gateway = await GatewayReconnectTests.StartInSessionAsync();
        var framesBefore = gateway.Transport.SentFrames.Count;

        var error = await Assert.ThrowsAsync<GatewayPayloadTooLargeException>(() =>
            gateway.Client.SendAsync(GatewayOpcode.PresenceUpdate, Presence(new string('x', 4100)), CancellationToken.None));

        Assert.Equal(GatewayOpcode.PresenceUpdate, error.Opcode);
        Assert.True(error.Size > 4096);
        Assert.Contains("4096", error.Message, StringComparison.Ordinal);
        Assert.Equal(framesBefore, gateway.Transport.SentFrames.Count);
    }

    [Fact]
    public async Task SendAsync_FrameOf4096Bytes_IsSentAndTheConnectionStays()
    {
        await using var gateway = await GatewayReconnectTests.StartInSessionAsync();
        var small = JsonSerializer.SerializeToUtf8Bytes(
            new OutgoingPayload<PresenceUpdate>(GatewayOpcode.PresenceUpdate, Presence(string.Empty)), Json.DiscordJson.Options).Length;

        await gateway.Client.SendAsync(GatewayOpcode.PresenceUpdate, Presence(new string('x', 4096 - small)), CancellationToken.None);
        var frame = await gateway.Transport.ExpectFrameAsync(GatewayOpcode.PresenceUpdate);

        Assert.Equal("online", frame["status"]!.GetValue<string>());
        Assert.Equal(1, gateway.Transport.ConnectAttempts);
    }

    [Fact]
    public async Task SendAsync_ManyFramesAtOnce_HoldsTheRestButNotAHeartbeat()
    {
        // The clock stands still, so no frame leaves the 60 s window while the test runs.
        await using var gateway = new ScriptedGateway().Start();
        gateway.Transport.AutoAdvance = null;
        await gateway.Transport.HandshakeAsync();
        await gateway.ExpectEventAsync();

        // HELLO said one heartbeat an hour: 1 per window plus 1 for an op 1 are reserved, so regular
        // frames get 118 slots. IDENTIFY took one; 117 presence updates fit, the rest wait.
        var sends = Enumerable.Range(0, 130)
            .Select(_ => gateway.Client.SendAsync(GatewayOpcode.PresenceUpdate, Presence("busy"), CancellationToken.None))
            .ToList();
        gateway.Transport.Send("""{"op":1,"d":null}""");
        await gateway.Transport.ExpectHeartbeatAsync();

        Assert.Equal(117, sends.Count(s => s.IsCompletedSuccessfully));
        Assert.Equal(118, gateway.Transport.SentFrames.Count(f => f["op"]!.GetValue<int>() is 2 or 3));
        gateway.Clock.Advance(TimeSpan.FromSeconds(60));
        await Task.WhenAll(sends).WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task SendAsync_NotConnected_Throws()
    {
        await using var gateway = new ScriptedGateway();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            gateway.Client.SendAsync(GatewayOpcode.PresenceUpdate, Presence("idle"), CancellationToken.None));
    }

    private static PresenceUpdate Presence(string activityName) =>
        new(null, [JsonSerializer.SerializeToElement(new { name = activityName, type = 0 }, Roadmap.Testing.TestJson.Reflection)], "online", Afk: false);
}
