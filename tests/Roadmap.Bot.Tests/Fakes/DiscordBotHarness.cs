using System.Diagnostics.Metrics;
using System.Text.Json;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Roadmap.Bot.Content;
using Roadmap.Bot.Hosting;
using Roadmap.Bot.Hosting.Discord;
using Roadmap.Bot.Persistence;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Json;
using Roadmap.Discord.Models;
using Roadmap.Testing;
using Roadmap.Testing.Rest;

namespace Roadmap.Bot.Tests.Fakes;

/// <summary>
/// The real host, configured as the README says, pointed at the fake Discord on loopback. Tests
/// dispatch interactions through the fake gateway and read what Discord received over REST.
/// </summary>
internal sealed class DiscordBotHarness : IAsyncDisposable
{
    private static long _nextInteractionId = 1300000000000000000;
    private readonly string _folder;

    private DiscordBotHarness(FakeDiscordServer discord, string folder)
    {
        Discord = discord;
        _folder = folder;
    }

    public FakeDiscordServer Discord { get; }

    public IHost? Host { get; private set; }

    public FakeLogCollector Logs { get; } = new();

    public static async Task<DiscordBotHarness> StartAsync(Action<IServiceCollection>? extra = null, ulong? devGuildId = null)
    {
        var discord = await FakeDiscordServer.StartAsync();
        discord.Gateway.HeartbeatInterval = TimeSpan.FromSeconds(5);
        var harness = new DiscordBotHarness(discord, Path.Combine(Path.GetTempPath(), "roadmap-e2e-" + Guid.NewGuid().ToString("N")));
        await harness.StartBotAsync(extra, devGuildId);
        return harness;
    }

    /// <summary>Starts (or restarts) the bot process against the same fake and database.</summary>
    public async Task StartBotAsync(Action<IServiceCollection>? extra = null, ulong? devGuildId = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = FakeRest.DefaultToken,
            ["Discord:ApiBaseUrl"] = Discord.ApiBaseUri.ToString(),
            ["Discord:DevGuildId"] = devGuildId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Discord:DeferAfter"] = "00:00:00.300",
            ["Discord:Gateway:ReconnectBackoffBase"] = "00:00:00.050",
            ["Database:Path"] = Path.Combine(_folder, "roadmap.db"),
        });
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Logging.AddProvider(new FakeLoggerProvider(Logs));
        builder.Services.AddRoadmapCoach(ContentLoader.LoadValid(RepositoryPaths.Content)).AddDiscordBot();
        extra?.Invoke(builder.Services);
        Host = builder.Build();
        await Host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        await Host.StartAsync();
        await Discord.Gateway.WaitForIdentifiesAsync(1, TimeSpan.FromSeconds(10));
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
