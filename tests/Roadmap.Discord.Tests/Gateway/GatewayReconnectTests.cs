using Roadmap.Discord.Gateway;
using Roadmap.Discord.Tests.Gateway.Fakes;
using Roadmap.Testing;

namespace Roadmap.Discord.Tests.Gateway;

public sealed class GatewayReconnectTests
{
    [Fact]
    public async Task RunAsync_Op7_ClosesNon1000AndResumesAtResumeUrlWithSameQuery()
    {
        await using var gateway = await StartInSessionAsync(o => o.UseZlibStreamCompression = true);

        gateway.Transport.Send("""{"op":7,"d":null}""");
        var closeCode = await gateway.Transport.ExpectClientCloseAsync();
        var resume = await ExpectResumeAsync(gateway);

        Assert.Equal(GatewayCloseCodes.Reconnecting, closeCode);
        Assert.Equal(new Uri("wss://resume.test/?v=10&encoding=json&compress=zlib-stream"), resume.Uri);
        Assert.Equal(ScriptedGateway.Token, resume.Data["token"]!.GetValue<string>());
        Assert.Equal("session-1", resume.Data["session_id"]!.GetValue<string>());
        Assert.Equal(3, resume.Data["seq"]!.GetValue<int>());
    }

    [Fact]
    public async Task RunAsync_ResumeSucceeds_ReplayedEventsArriveThenResumed()
    {
        await using var gateway = await StartInSessionAsync();
        gateway.Transport.Drop();
        await ExpectResumeAsync(gateway);

        gateway.Transport.SendDispatch("INTERACTION_CREATE", 4, """{"id":"4"}""");
        gateway.Transport.SendDispatch("RESUMED", 5);

        Assert.Equal(4, (await gateway.ExpectEventAsync()).Sequence);
        Assert.Equal("RESUMED", (await gateway.ExpectEventAsync()).Name);
        Assert.Equal(5, gateway.Client.LastSequence);
        Assert.Equal(1, gateway.BotSource.Calls);
    }

    [Fact]
    public async Task RunAsync_Op9Resumable_Resumes()
    {
        await using var gateway = await StartInSessionAsync();

        gateway.Transport.Send("""{"op":9,"d":true}""");

        Assert.NotEqual(1000, await gateway.Transport.ExpectClientCloseAsync());
        await ExpectResumeAsync(gateway);
    }

    [Fact]
    public async Task RunAsync_Op9NotResumable_WaitsOneToFiveSecondsThenIdentifiesAtGatewayUrl()
    {
        await using var gateway = await StartInSessionAsync(random: 0.5);

        gateway.Transport.Send("""{"op":9,"d":false}""");
        var uri = await gateway.Transport.ExpectConnectAsync();
        gateway.Transport.SendHello();
        await gateway.Transport.ExpectFrameAsync(GatewayOpcode.Identify);

        Assert.Equal([TimeSpan.FromSeconds(3)], gateway.ReconnectDelays());
        Assert.Equal("gateway.test", uri.Host);
        Assert.Null(gateway.Client.SessionId);
        Assert.Equal(2, gateway.BotSource.Calls);
    }

    [Fact]
    public async Task RunAsync_ResumeRejected_IdentifiesAfresh()
    {
        await using var gateway = await StartInSessionAsync();
        gateway.Transport.Drop();
        await ExpectResumeAsync(gateway);

        gateway.Transport.Send("""{"op":9,"d":false}""");
        await gateway.Transport.ExpectConnectAsync();
        gateway.Transport.SendHello();

        await gateway.Transport.ExpectFrameAsync(GatewayOpcode.Identify);
    }

    [Fact]
    public async Task RunAsync_DropWithoutCloseFrame_Resumes()
    {
        await using var gateway = await StartInSessionAsync();

        gateway.Transport.Drop();

        await ExpectResumeAsync(gateway);
    }

    [Theory]
    [InlineData(4000)]
    [InlineData(4001)]
    [InlineData(4002)]
    [InlineData(4005)]
    [InlineData(4008)]
    [InlineData(1001)]
    [InlineData(1011)]
    [InlineData(4006)]
    public async Task RunAsync_ResumableCloseCode_Resumes(int code)
    {
        await using var gateway = await StartInSessionAsync();

        gateway.Transport.ServerClose(code);
        var resume = await ExpectResumeAsync(gateway);

        Assert.Equal("session-1", resume.Data["session_id"]!.GetValue<string>());
        Assert.Equal(1, gateway.BotSource.Calls);
    }

    [Theory]
    [InlineData(4003)]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task RunAsync_SessionEndingCloseCode_IdentifiesAfresh(int code)
    {
        await using var gateway = await StartInSessionAsync();

        gateway.Transport.ServerClose(code);
        var uri = await gateway.Transport.ExpectConnectAsync();
        gateway.Transport.SendHello();
        await gateway.Transport.ExpectFrameAsync(GatewayOpcode.Identify);

        Assert.Equal("gateway.test", uri.Host);
        Assert.Equal(2, gateway.BotSource.Calls);
    }

    [Theory]
    [InlineData(4004, "authentication failed")]
    [InlineData(4010, "invalid shard")]
    [InlineData(4011, "sharding required")]
    [InlineData(4012, "invalid API version")]
    [InlineData(4013, "invalid intents")]
    [InlineData(4014, "disallowed intents")]
    public async Task RunAsync_FatalCloseCode_StopsWithClearError(int code, string meaning)
    {
        await using var gateway = await StartInSessionAsync();

        gateway.Transport.ServerClose(code, "Discord's reason");
        var error = await Assert.ThrowsAsync<GatewayFatalException>(() => gateway.Run.WaitAsync(TimeSpan.FromSeconds(5)));

        Assert.Equal(code, error.CloseCode);
        Assert.Contains(meaning, error.Message, StringComparison.Ordinal);
        Assert.Contains("Discord's reason", error.Message, StringComparison.Ordinal);
        // The client has stopped, so what it sent is final: no frame after the close, no reconnect.
        Assert.Empty(gateway.Transport.UnexpectedFrames());
        Assert.Equal(1, gateway.Transport.ConnectAttempts);
    }

    [Fact]
    public async Task ReadEventsAsync_AfterFatalClose_EndsWithTheFatalError()
    {
        await using var gateway = new ScriptedGateway();
        using var stop = new CancellationTokenSource();
        var run = Task.Run(() => gateway.Client.RunAsync(stop.Token));
        await gateway.Transport.HandshakeAsync();

        gateway.Transport.ServerClose(4004);
        var read = Task.Run(async () =>
        {
            await foreach (var dispatch in gateway.Client.ReadEventsAsync(CancellationToken.None))
            {
                Assert.Equal("READY", dispatch.Name);
            }
        });

        await Assert.ThrowsAsync<GatewayFatalException>(() => run);
        await Assert.ThrowsAsync<GatewayFatalException>(() => read);
    }

    [Fact]
    public async Task RunAsync_Stopped_ClosesWith1000AndDoesNotReconnect()
    {
        await using var gateway = await StartInSessionAsync();

        await gateway.StopAsync();

        Assert.Equal(1000, await gateway.Transport.ExpectClientCloseAsync());
        Assert.Equal(1, gateway.Transport.ConnectAttempts);
        Assert.True(gateway.Run.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task RunAsync_Reconnecting_NeverLogsTheToken()
    {
        await using var gateway = await StartInSessionAsync();
        gateway.Transport.Send("""{"op":7,"d":null}""");
        await ExpectResumeAsync(gateway);
        gateway.Transport.ServerClose(4004);
        await Assert.ThrowsAsync<GatewayFatalException>(() => gateway.Run.WaitAsync(TimeSpan.FromSeconds(5)));

        Assert.NotEmpty(gateway.Logger.Collector.Lines);
        Assert.DoesNotContain(gateway.Logger.Collector.Lines, line => line.Contains(ScriptedGateway.Token, StringComparison.Ordinal));
    }

    /// <summary>A client in session "session-1" that has seen READY (seq 1) and two interactions.</summary>
    internal static async Task<ScriptedGateway> StartInSessionAsync(Action<GatewayOptions>? configure = null, StaticGatewayBotSource? botSource = null, double random = 0.5)
    {
        var gateway = new ScriptedGateway(configure, botSource, random: random).Start();
        await gateway.Transport.HandshakeAsync();
        gateway.Transport.SendDispatch("INTERACTION_CREATE", 2, """{"id":"2"}""");
        gateway.Transport.SendDispatch("INTERACTION_CREATE", 3, """{"id":"3"}""");
        for (var i = 0; i < 3; i++)
        {
            await gateway.ExpectEventAsync();
        }

        return gateway;
    }

    internal static async Task<(Uri Uri, System.Text.Json.Nodes.JsonNode Data)> ExpectResumeAsync(ScriptedGateway gateway)
    {
        var uri = await gateway.Transport.ExpectConnectAsync();
        gateway.Transport.SendHello();
        var data = await gateway.Transport.ExpectFrameAsync(GatewayOpcode.Resume);
        Assert.Equal("resume.test", uri.Host);
        return (uri, data);
    }
}
