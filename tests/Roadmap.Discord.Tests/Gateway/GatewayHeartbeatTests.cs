using Roadmap.Discord.Gateway;
using Roadmap.Discord.Tests.Gateway.Fakes;

namespace Roadmap.Discord.Tests.Gateway;

/// <summary>
/// Heartbeats on a clock the test moves by hand: each step waits until the client has handled every
/// frame (ACKs included), so no pause of the test machine can turn a late ACK into a zombie.
/// </summary>
public sealed class GatewayHeartbeatTests
{
    private const int IntervalMs = 41250;
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(IntervalMs);

    [Fact]
    public async Task RunAsync_AfterHello_FirstHeartbeatWaitsIntervalTimesJitter()
    {
        await using var gateway = ManualClock(new ScriptedGateway(random: 0.25).Start());
        await gateway.Transport.HandshakeAsync(heartbeatIntervalMs: IntervalMs);
        var helloAt = gateway.Clock.GetUtcNow();

        await gateway.Transport.AdvanceAsync((Interval * 0.25) - TimeSpan.FromMilliseconds(1));
        var sentEarly = gateway.Transport.HeartbeatTimes.Count;
        await gateway.Transport.AdvanceAsync(TimeSpan.FromMilliseconds(1));
        await gateway.ExpectHeartbeatAsync();

        Assert.Equal(0, sentEarly);
        Assert.Equal([helloAt + (Interval * 0.25)], gateway.Transport.HeartbeatTimes);
    }

    [Fact]
    public async Task RunAsync_AfterFirstHeartbeat_HeartbeatsEveryIntervalWithLastSequence()
    {
        await using var gateway = ManualClock(new ScriptedGateway().Start());
        await gateway.Transport.HandshakeAsync(heartbeatIntervalMs: IntervalMs);
        gateway.Transport.SendDispatch("INTERACTION_CREATE", 2);
        await gateway.ExpectEventAsync();
        await gateway.ExpectEventAsync();

        await gateway.Transport.AdvanceAsync(Interval * 0.5);
        await gateway.ExpectHeartbeatAsync();
        await gateway.Transport.AdvanceAsync(Interval);
        var second = await gateway.ExpectHeartbeatAsync();
        await gateway.Transport.AdvanceAsync(Interval);
        var third = await gateway.ExpectHeartbeatAsync();

        var times = gateway.Transport.HeartbeatTimes;
        Assert.Equal([Interval, Interval], times.Zip(times.Skip(1), (a, b) => b - a));
        Assert.Equal(2, second["d"]!.GetValue<int>());
        Assert.Equal(2, third["d"]!.GetValue<int>());
    }

    [Fact]
    public async Task RunAsync_HeartbeatBeforeAnyDispatch_SendsNullSequence()
    {
        await using var gateway = ManualClock(new ScriptedGateway(random: 0).Start());
        await gateway.Transport.ExpectConnectAsync();

        gateway.Transport.SendHello(IntervalMs);
        var heartbeat = await gateway.ExpectHeartbeatAsync();

        Assert.True(heartbeat.AsObject().ContainsKey("d"));
        Assert.Null(heartbeat["d"]);
    }

    [Fact]
    public async Task RunAsync_NoAckBetweenTwoHeartbeats_ClosesWithNon1000CodeAndResumes()
    {
        await using var gateway = ManualClock(new ScriptedGateway().Start());
        await gateway.Transport.HandshakeAsync(heartbeatIntervalMs: IntervalMs, sessionId: "zombie");
        gateway.Transport.SendDispatch("INTERACTION_CREATE", 2);
        await gateway.ExpectEventAsync();
        await gateway.ExpectEventAsync();
        gateway.Transport.AnswerHeartbeats = false;

        await gateway.Transport.AdvanceAsync(Interval * 0.5);
        await gateway.ExpectHeartbeatAsync();
        await gateway.Transport.AdvanceAsync(Interval);
        var closeCode = await gateway.Transport.ExpectClientCloseAsync();
        gateway.Transport.AnswerHeartbeats = true;
        gateway.Transport.AutoAdvance = TimeSpan.FromMilliseconds(250);
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
        await using var gateway = ManualClock(new ScriptedGateway().Start());
        await gateway.Transport.HandshakeAsync(heartbeatIntervalMs: IntervalMs);

        // Each heartbeat after the first shows the ACK before it was seen: a zombie would close instead.
        await gateway.Transport.AdvanceAsync(Interval * 0.5);
        await gateway.ExpectHeartbeatAsync();
        for (var i = 0; i < 3; i++)
        {
            await gateway.Transport.AdvanceAsync(Interval);
            await gateway.ExpectHeartbeatAsync();
        }

        Assert.Equal(1, gateway.Transport.ConnectAttempts);
        Assert.Null(gateway.Transport.CloseStatus);
    }

    [Fact]
    public async Task RunAsync_ServerSendsOp1_HeartbeatsAtOnce()
    {
        // The clock stands still: no scheduled heartbeat can fall due, so any heartbeat answers the op 1.
        await using var gateway = ManualClock(new ScriptedGateway().Start());
        await gateway.Transport.HandshakeAsync(heartbeatIntervalMs: IntervalMs);
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
        // Nothing reads the events; the clock moves only once the client has taken all 500 frames.
        await using var gateway = ManualClock(new ScriptedGateway());
        using var stop = new CancellationTokenSource();
        var run = Task.Run(() => gateway.Client.RunAsync(stop.Token));
        await gateway.Transport.HandshakeAsync(heartbeatIntervalMs: IntervalMs);

        for (var seq = 2; seq < 502; seq++)
        {
            gateway.Transport.SendDispatch("INTERACTION_CREATE", seq, """{"id":"1","padding":"0123456789012345678901234567890123456789"}""");
        }

        await gateway.Transport.AdvanceAsync(Interval * 0.5);
        await gateway.ExpectHeartbeatAsync();
        await gateway.Transport.AdvanceAsync(Interval);
        await gateway.ExpectHeartbeatAsync();

        Assert.Equal(501, gateway.Client.LastSequence);
        Assert.Equal(1, gateway.Transport.ConnectAttempts);
        await stop.CancelAsync();
        await run;
    }

    private static ScriptedGateway ManualClock(ScriptedGateway gateway)
    {
        gateway.Transport.AutoAdvance = null;
        return gateway;
    }
}
