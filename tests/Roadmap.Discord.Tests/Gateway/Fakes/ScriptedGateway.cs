using System.Globalization;
using System.Threading.Channels;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Roadmap.Discord.Gateway;
using Roadmap.Testing;

namespace Roadmap.Discord.Tests.Gateway.Fakes;

/// <summary>
/// A <see cref="GatewayClient"/> wired to a <see cref="ScriptedTransport"/> and a fake clock that moves
/// only when the script moves it, with Discord's real timings, running in the background with its
/// events collected. A stalled test machine cannot make a heartbeat late: no time passes meanwhile.
/// </summary>
public sealed class ScriptedGateway : IAsyncDisposable
{
    public const string Token = "unit-test-token-SECRET";

    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<GatewayDispatch> _events = Channel.CreateUnbounded<GatewayDispatch>();
    private Task? _run;
    private Task? _reader;

    /// <summary>Builds the client; every jitter draws <paramref name="random"/>.</summary>
    public ScriptedGateway(Action<GatewayOptions>? configure = null, StaticGatewayBotSource? botSource = null, double random = 0.5)
    {
        Transport = new ScriptedTransport(Clock);
        Options = new GatewayOptions
        {
            Token = Token,
            // Longer than any test lets the clock run while a script withholds HELLO.
            HelloTimeout = TimeSpan.FromHours(1),
        };
        configure?.Invoke(Options);
        BotSource = botSource ?? new StaticGatewayBotSource("wss://gateway.test");
        Client = new GatewayClient(Transport, BotSource, Microsoft.Extensions.Options.Options.Create(Options), Clock, Logger)
        {
            Random = new FixedRandom(random),
        };
    }

    public ScriptedTransport Transport { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

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

    /// <summary>Expects a heartbeat; a timeout reports what the client logged.</summary>
    public async Task<System.Text.Json.Nodes.JsonNode> ExpectHeartbeatAsync()
    {
        try
        {
            return await Transport.ExpectHeartbeatAsync();
        }
        catch (TimeoutException exception)
        {
            throw new TimeoutException(
                $"{exception.Message} Connects: {Transport.ConnectAttempts}. Log: {string.Join(" | ", Logger.Collector.Lines)}.",
                exception);
        }
    }

    /// <summary>The delay the client announced before each reconnect, in order, from its log.</summary>
    public IReadOnlyList<TimeSpan> ReconnectDelays() => LoggedTimes("Reconnecting", "Delay");

    /// <summary>Each wait for session_start_limit the client announced, from its log.</summary>
    public IReadOnlyList<TimeSpan> SessionStartWaits() => LoggedTimes("SessionStartLimitReached", "Wait");

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Run.WaitAsync(TimeSpan.FromSeconds(5));
    }

    private List<TimeSpan> LoggedTimes(string eventName, string key) =>
        [.. Logger.Collector.GetSnapshot()
            .Where(r => r.Id.Name == eventName)
            .Select(r => TimeSpan.Parse(r.GetStructuredStateValue(key)!, CultureInfo.InvariantCulture))];

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
