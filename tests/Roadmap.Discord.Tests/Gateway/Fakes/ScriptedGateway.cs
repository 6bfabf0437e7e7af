using System.Threading.Channels;
using Microsoft.Extensions.Logging.Testing;
using Roadmap.Discord.Gateway;
using Roadmap.Testing;

namespace Roadmap.Discord.Tests.Gateway.Fakes;

/// <summary>
/// A <see cref="GatewayClient"/> wired to a <see cref="ScriptedTransport"/> and a clock running 1000×
/// faster, with Discord's real timings, running in the background with its events collected.
/// </summary>
public sealed class ScriptedGateway : IAsyncDisposable
{
    public const string Token = "unit-test-token-SECRET";

    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<GatewayDispatch> _events = Channel.CreateUnbounded<GatewayDispatch>();
    private Task? _run;
    private Task? _reader;

    /// <summary>
    /// Builds the client; <paramref name="time"/> replaces <see cref="Clock"/>, e.g. with a <see cref="ManualTimeProvider"/>,
    /// and every jitter draws <paramref name="random"/>.
    /// </summary>
    public ScriptedGateway(Action<GatewayOptions>? configure = null, StaticGatewayBotSource? botSource = null, TimeProvider? time = null, double random = 0.5)
    {
        Options = new GatewayOptions
        {
            Token = Token,
            // The test script sends HELLO right after the connect; an hour of clock time (3.6 s of
            // real time) keeps a busy test machine from timing the handshake out.
            HelloTimeout = TimeSpan.FromHours(1),
        };
        configure?.Invoke(Options);
        BotSource = botSource ?? new StaticGatewayBotSource("wss://gateway.test");
        Client = new GatewayClient(Transport, BotSource, Microsoft.Extensions.Options.Options.Create(Options), time ?? Clock, Logger)
        {
            Random = new FixedRandom(random),
        };
    }

    public ScriptedTransport Transport { get; } = new();

    public ScaledTimeProvider Clock { get; } = new(1000);

    public FakeLogger<GatewayClient> Logger { get; } = new();

    public GatewayOptions Options { get; }

    public StaticGatewayBotSource BotSource { get; }

    public GatewayClient Client { get; }

    /// <summary>The client's RunAsync; completes on shutdown or with the fatal error.</summary>
    public Task Run => _run ?? throw new InvalidOperationException("Not started.");

    public ScriptedGateway Start()
    {
        _run = Task.Run(() => Client.RunAsync(_stop.Token));
        _reader = Task.Run(async () =>
        {
            try
            {
                await foreach (var dispatch in Client.ReadEventsAsync(CancellationToken.None))
                {
                    _events.Writer.TryWrite(dispatch);
                }
            }
            catch (GatewayFatalException)
            {
                // Run reports the fatal error; the reader only collects events.
            }
        });
        return this;
    }

    public async Task<GatewayDispatch> ExpectEventAsync()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        return await _events.Reader.ReadAsync(cts.Token);
    }

    /// <summary>Expects a heartbeat; a timeout reports what the client logged and which timers it set.</summary>
    public async Task<System.Text.Json.Nodes.JsonNode> ExpectHeartbeatAsync()
    {
        try
        {
            return await Transport.ExpectHeartbeatAsync();
        }
        catch (TimeoutException exception)
        {
            throw new TimeoutException(
                $"{exception.Message} Connects: {Transport.ConnectAttempts}. Log: {string.Join(" | ", Logger.Collector.Lines)}. Timers: {string.Join(", ", Clock.RequestedDelays)}",
                exception);
        }
    }

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Run.WaitAsync(TimeSpan.FromSeconds(5));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_run is not null)
        {
            await Task.WhenAny(_run, Task.Delay(TimeSpan.FromSeconds(5)));
            // Tests that expect a fatal error await a WaitAsync copy; mark the original observed.
            _ = _run.Exception;
        }

        if (_reader is not null)
        {
            await Task.WhenAny(_reader, Task.Delay(TimeSpan.FromSeconds(5)));
        }

        _stop.Dispose();
    }
}
