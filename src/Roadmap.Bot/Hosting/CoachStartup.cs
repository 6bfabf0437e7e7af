using Microsoft.Extensions.DependencyInjection;
using Roadmap.Bot.Content;
using Roadmap.Bot.Persistence;

namespace Roadmap.Bot.Hosting;

/// <summary>
/// What has to be done before the bot can answer anyone: the database migrated and the roadmap
/// loaded and validated. It runs once, on the thread pool, started by whoever asks first; everyone
/// who asks later waits for the same work. On Discord the program starts it before the gateway
/// connects, so the two happen side by side and the bot is online sooner.
/// </summary>
public sealed class CoachStartup
{
    private readonly Lazy<Task> _work;

    /// <param name="services">
    /// Where the migrator and the content come from. They are resolved inside the work, so that a
    /// database that cannot be opened fails the work (and is reported) rather than its creation.
    /// </param>
    public CoachStartup(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        _work = new Lazy<Task>(() => Task.Run(async () =>
        {
            var migrator = services.GetRequiredService<DatabaseMigrator>();
            await migrator.MigrateAsync(CancellationToken.None).ConfigureAwait(false);
            // The content is a singleton that loads and validates on first use; this is that use.
            _ = services.GetRequiredService<RoadmapContent>();
        }));
    }

    /// <summary>Completes when the bot is ready to answer; faults with what stopped it.</summary>
    public Task ReadyAsync() => _work.Value;
}
