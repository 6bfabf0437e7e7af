using Roadmap.Discord.Gateway;
using Roadmap.Discord.Tests.Gateway.Fakes;

namespace Roadmap.Discord.Tests.Gateway;

[Collection(TimingSensitive.Name)]
public sealed class GatewayHeartbeatTests
{
    [Fact]
    public async Task RunAsync_AfterHello_FirstHeartbeatWaitsIntervalTimesJitter()
    {
        await using var gateway = new ScriptedGateway(random: 0.25).Start();

        await gateway.Transport.HandshakeAsync(heartbeatIntervalMs: 41250);
        await gateway.ExpectHeartbeatAsync();

        Assert.True(gateway.Clock.WasRequested(TimeSpan.FromMilliseconds(41250 * 0.25)), string.Join(", ", gateway.Clock.RequestedDelays));
        Assert.False(gateway.Clock.WasRequested(TimeSpan.FromMilliseconds(41250 * 0.5)));
    }

    [Fact]
    public async Task RunAsync_AfterFirstHeartbeat_HeartbeatsEveryIntervalWithLastSequence()
    {
        // 200 s of clock time is 0.2 s real: long enough that a busy machine never turns a late ACK
        // into a zombie, short enough for three heartbeats to come quickly.
        await using var gateway = new ScriptedGateway().Start();
        await gateway.Transport.HandshakeAsync(heartbeatIntervalMs: 200_000);
        gateway.Transport.SendDispatch("INTERACTION_CREATE", 2);
        await gateway.ExpectEventAsync();
        await gateway.ExpectEventAsync();

        await gateway.ExpectHeartbeatAsync();
        var second = await gateway.ExpectHeartbeatAsync();
        var third = await gateway.ExpectHeartbeatAsync();

        Assert.True(gateway.Clock.WasRequested(TimeSpan.FromSeconds(200)));
        Assert.Equal(2, second["d"]!.GetValue<int>());
        Assert.Equal(2, third["d"]!.GetValue<int>());
    }

    [Fact]
    public async Task RunAsync_HeartbeatBeforeAnyDispatch_SendsNullSequence()
    {
        await using var gateway = new ScriptedGateway(random: 0).Start();
        await gateway.Transport.ExpectConnectAsync();

        gateway.Transport.SendHello(41250);
        var heartbeat = await gateway.ExpectHeartbeatAsync();

        Assert.True(heartbeat.AsObject().ContainsKey("d"));
        Assert.Null(heartbeat["d"]);
    }

    [Fact]
    public async Task RunAsync_NoAckBetweenTwoHeartbeats_ClosesWithNon1000CodeAndResumes()
    {
        await using var gateway = new ScriptedGateway().Start();
        await gateway.Transport.HandshakeAsync(heartbeatIntervalMs: 41250, sessionId: "zombie");
        gateway.Transport.SendDispatch("INTERACTION_CREATE", 2);
        gateway.Transport.AnswerHeartbeats = false;

        await gateway.ExpectHeartbeatAsync();
        var closeCode = await gateway.Transport.ExpectClientCloseAsync();
        gateway.Transport.AnswerHeartbeats = true;
        var uri = await gateway.Transport.ExpectConnectAsync();
        gateway.Transport.SendHello();
        var resume = await gateway.Transport.ExpectFrameAsync(GatewayOpcode.Resume);

        Assert.NotEqual(1000, closeCode);
        Assert.NotEqual(1001, closeCode);
        Assert.Equal("resume.test", uri.Host);
        Assert.Equal("zombie", resume["session_id"]!.GetValue<string>());
        Assert.Equal(2, resume["seq"]!.GetValue<int>());
    }

    [Fact]
    public async Task RunAsync_AcksArrive_NeverClosesTheConnection()
    {
        await using var gateway = new ScriptedGateway().Start();
        await gateway.Transport.HandshakeAsync(heartbeatIntervalMs: 200_000);

        for (var i = 0; i < 3; i++)
        {
            await gateway.ExpectHeartbeatAsync();
        }

        Assert.Equal(1, gateway.Transport.ConnectAttempts);
    }

    [Fact]
    public async Task RunAsync_ServerSendsOp1_HeartbeatsAtOnce()
    {
        // Ten hours between heartbeats: any heartbeat seen here answers the op 1.
        await using var gateway = new ScriptedGateway().Start();
        await gateway.Transport.HandshakeAsync(heartbeatIntervalMs: 36_000_000);
        gateway.Transport.SendDispatch("INTERACTION_CREATE", 2);
        await gateway.ExpectEventAsync();
        await gateway.ExpectEventAsync();

        gateway.Transport.Send("""{"op":1,"d":null}""");
        var heartbeat = await gateway.ExpectHeartbeatAsync();

        Assert.Equal(2, heartbeat["d"]!.GetValue<int>());
    }

    [Fact]
    public async Task RunAsync_ConsumerNeverReads_ReceivingAndHeartbeatsContinue()
    {
        // Nothing reads the events. 200 s of clock time (0.2 s real) between heartbeats leaves the
        // receive loop ample time for 500 dispatches even on a busy machine.
        await using var gateway = new ScriptedGateway();
        using var stop = new CancellationTokenSource();
        var run = Task.Run(() => gateway.Client.RunAsync(stop.Token));
        await gateway.Transport.HandshakeAsync(heartbeatIntervalMs: 200_000);

        for (var seq = 2; seq < 502; seq++)
        {
            gateway.Transport.SendDispatch("INTERACTION_CREATE", seq, """{"id":"1","padding":"0123456789012345678901234567890123456789"}""");
        }

        await gateway.ExpectHeartbeatAsync();
        await gateway.ExpectHeartbeatAsync();

        Assert.Equal(501, gateway.Client.LastSequence);
        Assert.Equal(1, gateway.Transport.ConnectAttempts);
        await stop.CancelAsync();
        await run;
    }
}
