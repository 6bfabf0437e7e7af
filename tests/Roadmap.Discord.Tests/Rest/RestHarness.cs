using System.Diagnostics.Metrics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Roadmap.Discord.Rest;
using Roadmap.Testing;

namespace Roadmap.Discord.Tests.Rest;

/// <summary>
/// The real client against the fake Discord over loopback, both on one fake clock that moves only
/// when a test moves it, by hand or with <see cref="AdvanceUntilDoneAsync{T}(Task{T})"/>.
/// </summary>
public sealed class RestHarness : IAsyncDisposable
{
    /// <summary>How far the clock moves each time a driven call is still waiting.</summary>
    public static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);

    private readonly HttpClient _http = new();

    // A meter factory of its own, so what one test's client counts is not mixed with another's.
    private readonly ServiceProvider _metrics = new ServiceCollection().AddMetrics().BuildServiceProvider();

    private RestHarness(FakeDiscordServer server, FakeTimeProvider time, DiscordRestOptions options)
    {
        Server = server;
        Time = time;
        Options = options;
        Client = new DiscordRestClient(_http, Microsoft.Extensions.Options.Options.Create(options), time, Logger, _metrics.GetRequiredService<IMeterFactory>());
    }

    public FakeDiscordServer Server { get; }

    public FakeRest Fake => Server.Rest;

    public FakeTimeProvider Time { get; }

    public DiscordRestOptions Options { get; }

    public FakeLogger<DiscordRestClient> Logger { get; } = new();

    public DiscordRestClient Client { get; }

    public static async Task<RestHarness> StartAsync(Action<DiscordRestOptions>? configure = null)
    {
        var server = await FakeDiscordServer.StartAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
        server.Rest.Time = time;
        var options = new DiscordRestOptions
        {
            Token = FakeRest.DefaultToken,
            ApiBaseUrl = server.ApiBaseUri,
            ServerErrorBaseDelay = TimeSpan.FromMilliseconds(500),
        };
        configure?.Invoke(options);
        return new RestHarness(server, time, options);
    }

    /// <summary>
    /// Moves the clock a step at a time until <paramref name="call"/> completes, so the waits it asks for
    /// pass; a wait is never cut short, only possibly overrun by a step, so tests assert lower bounds.
    /// </summary>
    public async Task<T> AdvanceUntilDoneAsync<T>(Task<T> call)
    {
        await AdvanceUntilDoneAsync((Task)call);
        return await call;
    }

    /// <inheritdoc cref="AdvanceUntilDoneAsync{T}(Task{T})"/>
    public async Task AdvanceUntilDoneAsync(Task call)
    {
        ArgumentNullException.ThrowIfNull(call);
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!call.IsCompleted)
        {
            // Real time only to let the client run; the loop ends on the call, never on this delay.
            await Task.WhenAny(call, Task.Delay(5, patience.Token));
            patience.Token.ThrowIfCancellationRequested();
            Time.Advance(Step);
        }

        await call;
    }

    /// <summary>Reads one instrument of the client's meter (<see cref="DiscordMeter"/>), from now on.</summary>
    public MetricCollector<long> Collect(string instrumentName) =>
        new(_metrics.GetRequiredService<IMeterFactory>(), DiscordMeter.Name, instrumentName);

    /// <summary>Each 5xx retry delay the client announced, in order, from its log.</summary>
    public IReadOnlyList<TimeSpan> ServerErrorDelays() =>
        [.. Logger.Collector.GetSnapshot()
            .Where(r => r.Id.Name == "ServerErrorRetry")
            .Select(r => TimeSpan.FromMilliseconds(double.Parse(r.GetStructuredStateValue("DelayMs")!, CultureInfo.InvariantCulture)))];

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _metrics.DisposeAsync();
        await Server.DisposeAsync();
    }
}
