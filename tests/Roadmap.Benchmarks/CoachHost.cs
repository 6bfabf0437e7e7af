using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Roadmap.Benchmarks.Data;
using Roadmap.Bot.Cohorts;
using Roadmap.Bot.Content;
using Roadmap.Bot.Hosting;
using Roadmap.Bot.Persistence;
using Roadmap.Discord.Interactions;

namespace Roadmap.Benchmarks;

/// <summary>
/// The bot's real composition (<c>AddRoadmapCoach(content)</c>, the migrator, the router) over the generated
/// database, on a clock stopped at <see cref="DatasetShape.Now"/>. No Discord: the benchmarks hand
/// interactions to the router and take its outcome, which is everything but the HTTP call.
/// </summary>
public sealed class CoachHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private CoachHost(ServiceProvider services) => _services = services;

    public InteractionRouter Router => _services.GetRequiredService<InteractionRouter>();

    public RoadmapContent Content => _services.GetRequiredService<RoadmapContent>();

    /// <summary>A service of the composition, for the measurements that are not interactions (the digest's preparation).</summary>
    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Starts the composition, generating the benchmark database first unless it is cached, and reading it into the OS cache.</summary>
    /// <param name="log">Where generation is reported.</param>
    /// <param name="cancellationToken">Stops it.</param>
    /// <param name="copy">
    /// Run on a copy of the database at this path (made afresh), for measurements that write, so the
    /// cached file keeps the generated data.
    /// </param>
    public static async Task<CoachHost> StartAsync(TextWriter log, CancellationToken cancellationToken, string? copy = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Path"] = copy ?? BenchmarkPaths.Database,
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging.AddConsole().SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<TimeProvider>(new FakeTimeProvider(DatasetShape.Now))
            .AddRoadmapCoach(ContentLoader.LoadValid(ContentFolder.Resolve(BenchmarkPaths.Content)))
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        // The generator runs before the migrator, which then finds the schema up to date, as at any
        // restart of the bot.
        var database = await DatasetGenerator.EnsureAsync(services.GetRequiredService<RoadmapContent>(), log, cancellationToken).ConfigureAwait(false);
        if (copy is not null)
        {
            foreach (var sidecar in new[] { copy, copy + "-wal", copy + "-shm" })
            {
                File.Delete(sidecar);
            }

            File.Copy(database, copy);
            database = copy;
        }

        await FileWarmer.WarmAsync(database, cancellationToken).ConfigureAwait(false);
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken).ConfigureAwait(false);

        // As the bot's minute job does at start: the period boards' kept counts are moved to now.
        await services.GetRequiredService<BoardWindowSweep>().RunAsync(cancellationToken).ConfigureAwait(false);
        return new CoachHost(services);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync().ConfigureAwait(false);
        SqliteConnection.ClearAllPools();
    }
}
