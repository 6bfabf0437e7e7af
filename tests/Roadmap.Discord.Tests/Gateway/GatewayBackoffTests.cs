namespace Roadmap.Discord.Tests.Gateway;

public sealed class GatewayBackoffTests
{
    [Fact]
    public async Task RunAsync_ConnectsKeepFailing_DelaysGrowExponentially()
    {
        await using var gateway = await GatewayReconnectTests.StartInSessionAsync(random: 1.0);
        gateway.Transport.FailNextConnects(4);

        gateway.Transport.Drop();
        await GatewayReconnectTests.ExpectResumeAsync(gateway);

        var backoffs = gateway.ReconnectDelays();
        Assert.Equal([1, 2, 4, 8, 16], backoffs.Select(d => d.TotalSeconds));
        Assert.Equal(6, gateway.Transport.ConnectAttempts);
    }

    [Fact]
    public async Task RunAsync_ConnectsKeepFailing_DelayStopsAtTheMaximum()
    {
        await using var gateway = await GatewayReconnectTests.StartInSessionAsync(o => o.ReconnectBackoffMax = TimeSpan.FromSeconds(5), random: 1.0);
        gateway.Transport.FailNextConnects(5);

        gateway.Transport.Drop();
        await GatewayReconnectTests.ExpectResumeAsync(gateway);

        var backoffs = gateway.ReconnectDelays();
        Assert.Equal([1, 2, 4, 5, 5, 5], backoffs.Select(d => d.TotalSeconds));
    }

    [Fact]
    public async Task RunAsync_SessionResumed_NextFaultStartsFromTheBaseDelay()
    {
        await using var gateway = await GatewayReconnectTests.StartInSessionAsync(random: 1.0);
        gateway.Transport.FailNextConnects(2);
        gateway.Transport.Drop();
        await GatewayReconnectTests.ExpectResumeAsync(gateway);
        gateway.Transport.SendDispatch("RESUMED", 4);
        Assert.Equal("RESUMED", (await gateway.ExpectEventAsync()).Name);

        gateway.Transport.Drop();
        await GatewayReconnectTests.ExpectResumeAsync(gateway);

        var backoffs = gateway.ReconnectDelays();
        Assert.Equal([1, 2, 4, 1], backoffs.Select(d => d.TotalSeconds));
    }
}
