using Roadmap.Discord.Gateway;
using Roadmap.Discord.Tests.Gateway.Fakes;

namespace Roadmap.Discord.Tests.Gateway;

public sealed class GatewayClientHandshakeTests
{
    [Fact]
    public async Task RunAsync_NoSession_IdentifiesWithTokenIntentsAndProperties()
    {
        await using var gateway = new ScriptedGateway().Start();

        var uri = await gateway.Transport.ExpectConnectAsync();
        gateway.Transport.SendHello();
        var identify = await gateway.Transport.ExpectFrameAsync(GatewayOpcode.Identify);

        Assert.Equal("wss://gateway.test/?v=10&encoding=json", uri.ToString());
        Assert.Equal(ScriptedGateway.Token, identify["token"]!.GetValue<string>());
        Assert.Equal(0, identify["intents"]!.GetValue<int>());
        Assert.Equal("linux", identify["properties"]!["os"]!.GetValue<string>());
        Assert.Equal("roadmap-coach", identify["properties"]!["browser"]!.GetValue<string>());
        Assert.Equal("roadmap-coach", identify["properties"]!["device"]!.GetValue<string>());
        Assert.Equal(1, gateway.BotSource.Calls);
    }

    [Fact]
    public async Task RunAsync_IntentsConfigured_IdentifiesWithThem()
    {
        await using var gateway = new ScriptedGateway(o => o.Intents = 513).Start();

        var identify = await gateway.Transport.HandshakeAsync();

        Assert.Equal(513, identify["intents"]!.GetValue<int>());
    }

    [Fact]
    public async Task RunAsync_ZlibStreamEnabled_ConnectsWithCompressQuery()
    {
        await using var gateway = new ScriptedGateway(o => o.UseZlibStreamCompression = true).Start();

        var uri = await gateway.Transport.ExpectConnectAsync();

        Assert.Equal("?v=10&encoding=json&compress=zlib-stream", uri.Query);
    }

    [Fact]
    public async Task RunAsync_ReadyArrives_KeepsSessionResumeUrlSequenceAndApplication()
    {
        await using var gateway = new ScriptedGateway().Start();

        await gateway.Transport.HandshakeAsync(sessionId: "abc");
        var ready = await gateway.ExpectEventAsync();

        Assert.Equal("READY", ready.Name);
        Assert.Equal("abc", gateway.Client.SessionId);
        Assert.Equal(new Uri("wss://resume.test"), gateway.Client.ResumeGatewayUrl);
        Assert.Equal(1, gateway.Client.LastSequence);
        Assert.Equal(7UL, gateway.Client.ApplicationId);
    }

    [Fact]
    public async Task RunAsync_ReadyWithoutPrivateChannelsOrOptionalFields_KeepsRunning()
    {
        await using var gateway = new ScriptedGateway().Start();
        await gateway.Transport.ExpectConnectAsync();
        gateway.Transport.SendHello();
        await gateway.Transport.ExpectFrameAsync(GatewayOpcode.Identify);

        gateway.Transport.SendDispatch("READY", 1, """{"v":10,"session_id":"s","resume_gateway_url":"wss://r.test","_trace":["a"],"unknown_field":{"x":1}}""");
        gateway.Transport.SendDispatch("INTERACTION_CREATE", 2, """{"id":"99"}""");

        Assert.Equal("READY", (await gateway.ExpectEventAsync()).Name);
        var interaction = await gateway.ExpectEventAsync();
        Assert.Equal("INTERACTION_CREATE", interaction.Name);
        Assert.Equal("99", interaction.Data.GetProperty("id").GetString());
        Assert.Equal("s", gateway.Client.SessionId);
        Assert.False(gateway.Run.IsCompleted);
    }

    [Fact]
    public async Task RunAsync_ReadyWithEmptyData_DeliversItAndIdentifiesAgainLater()
    {
        await using var gateway = new ScriptedGateway().Start();
        await gateway.Transport.ExpectConnectAsync();
        gateway.Transport.SendHello();
        await gateway.Transport.ExpectFrameAsync(GatewayOpcode.Identify);

        gateway.Transport.SendDispatch("READY", 1, "{}");
        Assert.Equal("READY", (await gateway.ExpectEventAsync()).Name);
        gateway.Transport.Drop();

        // No session id means nothing to resume: the only way back is a new IDENTIFY.
        await gateway.Transport.ExpectConnectAsync();
        gateway.Transport.SendHello();
        await gateway.Transport.ExpectFrameAsync(GatewayOpcode.Identify);
    }

    [Fact]
    public async Task RunAsync_UnknownOpcodesAndMalformedFrames_AreSkipped()
    {
        await using var gateway = new ScriptedGateway().Start();
        await gateway.Transport.HandshakeAsync();
        Assert.Equal("READY", (await gateway.ExpectEventAsync()).Name);

        gateway.Transport.Send("""{"op":99,"d":{"what":"new"}}""");
        gateway.Transport.Send("not json");
        gateway.Transport.SendDispatch("INTERACTION_CREATE", 2);

        Assert.Equal("INTERACTION_CREATE", (await gateway.ExpectEventAsync()).Name);
        Assert.Equal(1, gateway.Transport.ConnectAttempts);
    }

    [Fact]
    public async Task RunAsync_NoHelloWithinTimeout_ReconnectsWithoutIdentifying()
    {
        await using var gateway = new ScriptedGateway(o => o.HelloTimeout = TimeSpan.FromSeconds(10)).Start();

        await gateway.Transport.ExpectConnectAsync();
        await gateway.Transport.ExpectConnectAsync();

        Assert.DoesNotContain(gateway.Transport.SentFrames, f => f["op"]!.GetValue<int>() == (int)GatewayOpcode.Identify);
    }

    [Fact]
    public async Task RunAsync_EmptyToken_ThrowsBeforeConnecting()
    {
        await using var gateway = new ScriptedGateway(o => o.Token = " ").Start();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => gateway.Run);

        Assert.Contains("GatewayOptions.Token", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, gateway.Transport.ConnectAttempts);
    }
}
