using System.Diagnostics.Metrics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using Roadmap.Bot.Content;
using Roadmap.Bot.Hosting;
using Roadmap.Bot.Hosting.Discord;
using Roadmap.Bot.Persistence;
using Roadmap.Bot.Scheduling;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Json;
using Roadmap.Discord.Models;
using Roadmap.Testing;
using Roadmap.Testing.Rest;

namespace Roadmap.Bot.Tests.Fakes;

/// <summary>
/// The real host, configured as the README says, pointed at the fake Discord on loopback. Tests
/// dispatch interactions through the fake gateway and read what Discord received over REST.
/// Started with a clock, the bot, its scheduler (Quartz) and the fake Discord all run on that one
/// fake clock, as the program composes them: moving it a minute fires the nudge sweep.
/// </summary>
internal sealed class DiscordBotHarness : IAsyncDisposable
{
    private static long _nextInteractionId = 1300000000000000000;
    private readonly string _folder;

    private DiscordBotHarness(FakeDiscordServer discord, string folder, FakeTimeProvider? clock)
    {
        Discord = discord;
        _folder = folder;
        Clock = clock;
    }

    public FakeDiscordServer Discord { get; }

    /// <summary>The one clock of the bot, its scheduler and the fake Discord; null when they run on the real clock without a scheduler.</summary>
    public FakeTimeProvider? Clock { get; }

    /// <summary>The sweeps the current host's scheduler has finished (only with a <see cref="Clock"/>).</summary>
    public FinishedJobs Sweeps { get; private set; } = new();

    public IHost? Host { get; private set; }

    /// <summary>The bot's database file, kept across restarts.</summary>
    public string DatabasePath => Path.Combine(_folder, "roadmap.db");

    public FakeLogCollector Logs { get; } = new();

    /// <param name="extra">Services added after the bot's, such as a test-only command.</param>
    /// <param name="devGuildId">The server to register the commands in (Discord:DevGuildId); none registers them globally.</param>
    /// <param name="clock">
    /// When given, the clock of everything, and the nudge scheduler runs on it. Without one there is no
    /// scheduler, so tests that do not look at nudges never depend on the time of day.
    /// </param>
    public static async Task<DiscordBotHarness> StartAsync(Action<IServiceCollection>? extra = null, ulong? devGuildId = null, FakeTimeProvider? clock = null)
    {
        var discord = await FakeDiscordServer.StartAsync();
        discord.Gateway.HeartbeatInterval = TimeSpan.FromSeconds(5);
        if (clock is not null)
        {
            discord.Rest.Time = clock;
        }

        var harness = new DiscordBotHarness(discord, Path.Combine(Path.GetTempPath(), "roadmap-e2e-" + Guid.NewGuid().ToString("N")), clock);
        await harness.StartBotAsync(extra, devGuildId);
        return harness;
    }

    /// <summary>Starts (or restarts) the bot process against the same fake and database.</summary>
    public async Task StartBotAsync(Action<IServiceCollection>? extra = null, ulong? devGuildId = null)
    {
        var identified = Discord.Gateway.IdentifyCount;
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = FakeRest.DefaultToken,
            ["Discord:ApiBaseUrl"] = Discord.ApiBaseUri.ToString(),
            ["Discord:DevGuildId"] = devGuildId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Discord:DeferAfter"] = "00:00:00.300",
            ["Discord:Gateway:ReconnectBackoffBase"] = "00:00:00.050",
            ["Database:Path"] = DatabasePath,
        });
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Logging.AddProvider(new FakeLoggerProvider(Logs));
        if (Clock is not null)
        {
            // Before the features: they only add the system clock when none is registered.
            builder.Services.AddSingleton<TimeProvider>(Clock);
        }

        builder.Services.AddRoadmapCoach(ContentLoader.LoadValid(RepositoryPaths.Content)).AddDiscordBot();
        if (Clock is not null)
        {
            // As BotProgram does: after the Discord sender, so the sweep has something to send with.
            builder.Services.AddScheduling();
            // Before the scheduler starts, so the listener hears the sweep at start too.
            Sweeps = new FinishedJobs();
            builder.Services.AddQuartz(quartz => quartz.AddJobListener(Sweeps));
        }

        extra?.Invoke(builder.Services);
        Host = builder.Build();
        await Host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        await Host.StartAsync();
        await Discord.Gateway.WaitForIdentifiesAsync(identified + 1, TimeSpan.FromSeconds(10));
        // The scheduler starts once the roadmap is in; a test that moves the clock needs it running.
        foreach (var scheduler in Host.Services.GetServices<IHostedService>().OfType<SchedulerHost>())
        {
            await scheduler.Started.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }

    /// <summary>
    /// Moves the clock to each next whole minute, when the sweep is due (Nudges:SweepInterval is a
    /// minute), until it reaches <paramref name="until"/>, and waits after each step for that sweep to
    /// finish, so everything it sends has been sent. One minute at a time: Quartz skips a trigger the
    /// clock jumped far past (a misfire).
    /// </summary>
    public async Task AdvanceSweepingAsync(DateTimeOffset until)
    {
        var clock = Clock ?? throw new InvalidOperationException("Started without a clock: there is no scheduler to sweep.");
        while (clock.GetUtcNow() < until)
        {
            var now = clock.GetUtcNow();
            var sweep = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero).AddMinutes(1);
            clock.Advance(sweep - now);
            await Sweeps.WaitForAsync(sweep, TimeSpan.FromSeconds(10));
        }
    }

    public async Task StopBotAsync()
    {
        if (Host is { } host)
        {
            await host.StopAsync();
            host.Dispose();
            Host = null;
        }
    }

    public InteractionRouter Router => Host!.Services.GetRequiredService<InteractionRouter>();

    /// <summary>Reads one instrument of this host's meters (its own <see cref="IMeterFactory"/>), from now on.</summary>
    public MetricCollector<T> Collect<T>(string meterName, string instrumentName)
        where T : struct => new(Host!.Services.GetRequiredService<IMeterFactory>(), meterName, instrumentName);

    /// <summary>Sends an interaction through the gateway and waits for the callback Discord receives.</summary>
    public async Task<RecordedRequest> InteractAsync(Interaction interaction)
    {
        await Discord.Gateway.DispatchAsync("INTERACTION_CREATE", JsonSerializer.SerializeToElement(interaction, DiscordJson.Options));
        return await Discord.Rest.Requests.WaitForCallbackAsync(interaction.Id, TimeSpan.FromSeconds(10));
    }

    /// <summary>
    /// Sends an interaction and returns the answer's text as the caller reads it: from the callback, or,
    /// when the bot deferred, from the edit of the original response that follows (the handler's work is done by then).
    /// </summary>
    public async Task<string> AnswerAsync(Interaction interaction)
    {
        var prepared = Prepare(interaction);
        return await AnswerTextAsync(await InteractAsync(prepared), prepared.Token!);
    }

    /// <summary>The text of an answer whose callback arrived: the callback's, or that of the edit that follows a deferral of <paramref name="token"/>.</summary>
    public async Task<string> AnswerTextAsync(RecordedRequest callback, string token)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var body = JsonNode.Parse(callback.Body)!;
        if (body["type"]!.GetValue<int>() != 5)
        {
            return body["data"]!["content"]!.GetValue<string>();
        }

        var edit = await Discord.Rest.Requests.WaitForAsync(r => r.Route == FakeRoutes.EditOriginal && r.Path.Contains(token, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        return JsonNode.Parse(edit.Body)!["content"]!.GetValue<string>();
    }

    public static Interaction Prepare(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var id = (ulong)Interlocked.Increment(ref _nextInteractionId);
        return interaction with { Id = id, ApplicationId = FakeGateway.ApplicationId, Token = $"itoken-{id}-secret" };
    }

    public Task<RecordedRequest> CommandAsync(string name, params InteractionDataOption[] options) =>
        InteractAsync(Prepare(InteractionFactory.Command(name, options)));

    public async ValueTask DisposeAsync()
    {
        await StopBotAsync();
        await Discord.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
