using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Roadmap.Discord.Gateway;
using Roadmap.Discord.Rest;
using Roadmap.Testing;

namespace Roadmap.Discord.Tests.Gateway.Fakes;

/// <summary>
/// The real client over real sockets (<see cref="ClientWebSocketTransport"/>) against the fake Discord
/// server, with short timings, running in the background and recording every event it delivers.
/// The client's clock is a <see cref="FakeTimeProvider"/> that moves a millisecond per poll only while
/// a test waits for the client, and the fake says HELLO with Discord's 41.25 s interval, so no
/// heartbeat falls due unless a test moves the clock that far: a stalled machine cannot make a
/// zombie. The soak passes the system clock instead, as it measures real recovery times.
/// </summary>
public sealed class LiveGateway : IAsyncDisposable
{
    public const string Token = "integration-token-SECRET";

    private readonly CancellationTokenSource _stop = new();
    private readonly List<GatewayDispatch> _events = [];
    private readonly HttpClient _http = new();
    private Task? _reader;

    /// <summary>How far the clock moves each time a wait polls and the client is not there yet.</summary>
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(1);

    private LiveGateway(FakeDiscordServer server, GatewayOptions options, TimeProvider clock)
    {
        Clock = clock;
        Server = server;
        Options = options;
        // The real REST client serves GET /gateway/bot, as it does in the bot.
        var rest = new DiscordRestClient(
            _http,
            Microsoft.Extensions.Options.Options.Create(new DiscordRestOptions { Token = options.Token, ApiBaseUrl = server.ApiBaseUri }),
            TimeProvider.System,
            NullLogger<DiscordRestClient>.Instance);
        Client = new GatewayClient(Transport, rest, Microsoft.Extensions.Options.Options.Create(options), clock, Logger)
        {
            Random = new FixedRandom(0.5),
        };
    }

    public FakeDiscordServer Server { get; }

    public FakeGateway Fake => Server.Gateway;

    public GatewayOptions Options { get; }

    /// <summary>The client's clock: a <see cref="FakeTimeProvider"/> unless the test asked for the system's.</summary>
    public TimeProvider Clock { get; }

    public ClientWebSocketTransport Transport { get; } = new();

    public FakeLogger<GatewayClient> Logger { get; } = new();

    public GatewayClient Client { get; }

    public Task Run { get; private set; } = Task.CompletedTask;

    public IReadOnlyList<GatewayDispatch> Events { get { lock (_events) { return [.. _events]; } } }

    public static async Task<LiveGateway> StartAsync(Action<GatewayOptions>? configure = null, Action<FakeGateway>? arrange = null, TimeProvider? clock = null)
    {
        var server = await FakeDiscordServer.StartAsync();
        server.Gateway.ExpectedToken = Token;
        arrange?.Invoke(server.Gateway);
        var options = new GatewayOptions
        {
            Token = Token,
            ReconnectBackoffBase = TimeSpan.FromMilliseconds(10),
            ReconnectBackoffMax = TimeSpan.FromMilliseconds(200),
            InvalidSessionDelayMin = TimeSpan.FromMilliseconds(10),
            InvalidSessionDelayMax = TimeSpan.FromMilliseconds(50),
            IdentifyWindow = TimeSpan.FromMilliseconds(10),
            HelloTimeout = TimeSpan.FromSeconds(5),
            CloseTimeout = TimeSpan.FromMilliseconds(500),
        };
        configure?.Invoke(options);
        var gateway = new LiveGateway(server, options, clock ?? new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        gateway.Run = Task.Run(() => gateway.Client.RunAsync(gateway._stop.Token));
        gateway._reader = Task.Run(gateway.ReadAsync);
        return gateway;
    }

    public int Count(string eventName) => Events.Count(e => e.Name == eventName);

    public Task WaitForEventsAsync(string eventName, int count, TimeSpan? timeout = null) =>
        WaitUntilAsync(() => Count(eventName) >= count, () => $"The client delivered {Count(eventName)} of {count} {eventName} events.", timeout);

    /// <summary>
    /// Polls (in real time, for a positive condition) until <paramref name="condition"/> holds, moving
    /// the fake clock a millisecond per poll so backoffs and other short waits of the client pass.
    /// </summary>
    public async Task WaitUntilAsync(Func<bool> condition, Func<string> failure, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (!condition())
        {
            if (deadline.IsCancellationRequested || Run.IsFaulted)
            {
                throw new TimeoutException(failure(), Run.Exception);
            }

            await Task.Delay(5, CancellationToken.None);
            (Clock as FakeTimeProvider)?.Advance(Step);
        }
    }

    /// <summary>Moves the fake clock by hand, e.g. to the next heartbeat.</summary>
    public void Advance(TimeSpan by) =>
        (Clock as FakeTimeProvider ?? throw new InvalidOperationException("This gateway runs on the system clock.")).Advance(by);

    /// <summary>Stops the client and waits until its event stream has ended, so <see cref="Events"/> is final.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Run.WaitAsync(TimeSpan.FromSeconds(10));
        if (_reader is not null)
        {
            await _reader.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAny(Run, Task.Delay(TimeSpan.FromSeconds(10)));
        // Tests that expect a fatal error await a WaitAsync copy; mark the original observed.
        _ = Run.Exception;
        if (_reader is not null)
        {
            await Task.WhenAny(_reader, Task.Delay(TimeSpan.FromSeconds(5)));
        }

        await Transport.DisposeAsync();
        await Server.DisposeAsync();
        _http.Dispose();
        _stop.Dispose();
    }

    private async Task ReadAsync()
    {
        try
        {
            await foreach (var dispatch in Client.ReadEventsAsync(CancellationToken.None))
            {
                lock (_events)
                {
                    _events.Add(dispatch);
                }
            }
        }
        catch (GatewayFatalException)
        {
            // The run task reports it; the reader only collects events.
        }
    }
}
