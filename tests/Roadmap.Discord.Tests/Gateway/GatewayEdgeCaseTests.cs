using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Roadmap.Discord.Gateway;
using Roadmap.Discord.Tests.Gateway.Fakes;

namespace Roadmap.Discord.Tests.Gateway;

public sealed class GatewayEdgeCaseTests
{
    [Fact]
    public async Task RunAsync_Op7BeforeHello_ReconnectsAndResumes()
    {
        await using var gateway = await GatewayReconnectTests.StartInSessionAsync();
        gateway.Transport.Drop();
        await gateway.Transport.ExpectConnectAsync();

        gateway.Transport.Send("""{"op":7,"d":null}""");
        var closeCode = await gateway.Transport.ExpectClientCloseAsync();
        var resume = await GatewayReconnectTests.ExpectResumeAsync(gateway);

        Assert.Equal(GatewayCloseCodes.Reconnecting, closeCode);
        Assert.Equal("session-1", resume.Data["session_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task RunAsync_FatalCloseBeforeHello_StopsWithTheError()
    {
        await using var gateway = new ScriptedGateway().Start();
        await gateway.Transport.ExpectConnectAsync();

        gateway.Transport.ServerClose(4004, "Authentication failed.");

        var error = await Assert.ThrowsAsync<GatewayFatalException>(() => gateway.Run.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal(4004, error.CloseCode);
    }

    [Fact]
    public async Task RunAsync_HelloWithoutInterval_ClosesAndTriesAgain()
    {
        await using var gateway = new ScriptedGateway().Start();
        await gateway.Transport.ExpectConnectAsync();

        gateway.Transport.Send("""{"op":10,"d":{}}""");

        Assert.Equal(GatewayCloseCodes.Reconnecting, await gateway.Transport.ExpectClientCloseAsync());
        await gateway.Transport.ExpectConnectAsync();
        Assert.DoesNotContain(gateway.Transport.SentFrames, f => f["op"]!.GetValue<int>() == (int)GatewayOpcode.Identify);
    }

    [Fact]
    public async Task RunAsync_GatewayBotUnavailable_RetriesWithBackoffAndIdentifiesOnce()
    {
        var source = new StaticGatewayBotSource("wss://gateway.test");
        source.FailNextCalls(3);
        await using var gateway = new ScriptedGateway(botSource: source, random: 1.0).Start();

        await gateway.Transport.HandshakeAsync();

        Assert.Equal(4, source.Calls);
        Assert.Equal(1, gateway.Transport.ConnectAttempts);
        Assert.Equal([1, 2, 4], gateway.ReconnectDelays().Select(d => d.TotalSeconds));
    }

    [Fact]
    public async Task RunAsync_StoppedWhileWaitingToReconnect_ReturnsWithoutConnecting()
    {
        await using var gateway = await GatewayReconnectTests.StartInSessionAsync(o =>
        {
            o.ReconnectBackoffBase = TimeSpan.FromHours(2);
            o.ReconnectBackoffMax = TimeSpan.FromHours(2);
        });
        gateway.Transport.Drop();
        await WaitUntilAsync(() => gateway.ReconnectDelays().Contains(TimeSpan.FromHours(1.5)));

        await gateway.StopAsync();

        Assert.Equal(1, gateway.Transport.ConnectAttempts);
    }

    [Theory]
    [InlineData(GatewayOpcode.Identify)]
    [InlineData(GatewayOpcode.Resume)]
    [InlineData(GatewayOpcode.Heartbeat)]
    public async Task SendAsync_ClientOwnedOpcode_IsRefused(GatewayOpcode opcode)
    {
        await using var gateway = await GatewayReconnectTests.StartInSessionAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => gateway.Client.SendAsync(opcode, new { }, CancellationToken.None));
    }

    [Fact]
    public async Task RunAsync_SecondCall_Throws()
    {
        await using var gateway = new ScriptedGateway().Start();
        await gateway.Transport.ExpectConnectAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => gateway.Client.RunAsync(CancellationToken.None));
    }

    [Fact]
    public void AddDiscordGateway_KnobsFromGatewaySectionAndIntentsFromTheHost_ResolvesAClient()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Discord:Gateway:HelloTimeout"] = "00:00:07" })
            .Build();
        using var provider = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(typeof(ILogger<>), typeof(Logger<>))
            .AddSingleton<IGatewayBotSource>(new StaticGatewayBotSource("wss://g.test"))
            .AddDiscordGateway()
            .Configure<GatewayOptions>(o => o.Intents = 1)
            .BuildServiceProvider();

        Assert.NotNull(provider.GetRequiredService<GatewayClient>());
        var options = provider.GetRequiredService<IOptions<GatewayOptions>>().Value;
        Assert.Equal(TimeSpan.FromSeconds(7), options.HelloTimeout);
        Assert.Equal(1, options.Intents);
        Assert.IsType<ClientWebSocketTransport>(provider.GetRequiredService<IGatewayTransport>());
    }

    [Fact]
    public void AddDiscordGateway_BackoffBaseAboveMax_FailsValidation()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Discord:Gateway:ReconnectBackoffBase"] = "00:02:00" })
            .Build();
        using var provider = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddDiscordGateway().BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<GatewayOptions>>().Value);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
