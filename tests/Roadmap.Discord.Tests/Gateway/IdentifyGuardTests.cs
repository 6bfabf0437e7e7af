using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Roadmap.Discord.Gateway;
using Roadmap.Discord.Tests.Gateway.Fakes;

namespace Roadmap.Discord.Tests.Gateway;

public sealed class IdentifyGuardTests
{
    [Fact]
    public async Task RunAsync_NoSessionStartsRemaining_WaitsResetAfterBeforeIdentify()
    {
        var source = new StaticGatewayBotSource(
            "wss://gateway.test",
            new SessionStartLimit(1000, 0, 90_000, 1),
            new SessionStartLimit(1000, 1000, 0, 1));
        await using var gateway = new ScriptedGateway(botSource: source).Start();
        gateway.Transport.AutoAdvance = TimeSpan.FromSeconds(5);

        await gateway.Transport.ExpectConnectAsync();
        gateway.Transport.SendHello();
        await gateway.Transport.ExpectFrameAsync(GatewayOpcode.Identify);

        Assert.Equal([TimeSpan.FromSeconds(90)], gateway.SessionStartWaits());
        Assert.Equal(2, source.Calls);
    }

    [Fact]
    public async Task RunAsync_LimitExhaustedOnNewSession_ResumesWithoutAsking()
    {
        var source = new StaticGatewayBotSource("wss://gateway.test", new SessionStartLimit(1000, 1, 0, 1), new SessionStartLimit(1000, 0, 90_000, 1));
        await using var gateway = await GatewayReconnectTests.StartInSessionAsync(botSource: source);

        gateway.Transport.Drop();
        await GatewayReconnectTests.ExpectResumeAsync(gateway);

        // A RESUME does not count against session_start_limit, so it neither asks nor waits: the
        // guard would have asked and said so before the RESUME that has already been sent.
        Assert.Equal(1, source.Calls);
        Assert.Empty(gateway.SessionStartWaits());
    }

    [Fact]
    public async Task WaitForTurnAsync_MaxConcurrencyUsed_WaitsForTheIdentifyWindow()
    {
        var clock = new FakeTimeProvider();
        var options = new GatewayOptions { IdentifyWindow = TimeSpan.FromSeconds(5) };
        var guard = new IdentifyGuard(new StaticGatewayBotSource("wss://g.test", new SessionStartLimit(1000, 999, 0, 2)), options, clock, NullLogger.Instance);

        await guard.WaitForTurnAsync(CancellationToken.None);
        await guard.WaitForTurnAsync(CancellationToken.None);
        var third = guard.WaitForTurnAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(4.9));
        var beforeWindow = third.IsCompleted;
        clock.Advance(TimeSpan.FromSeconds(0.1));
        await third.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.False(beforeWindow);
    }

    [Fact]
    public async Task WaitForTurnAsync_RemainingStarts_ReturnsTheGatewayUrlAtOnce()
    {
        var guard = new IdentifyGuard(new StaticGatewayBotSource("wss://g.test"), new GatewayOptions(), new FakeTimeProvider(), NullLogger.Instance);

        var info = await guard.WaitForTurnAsync(CancellationToken.None);

        Assert.Equal("wss://g.test", info.Url);
    }
}
