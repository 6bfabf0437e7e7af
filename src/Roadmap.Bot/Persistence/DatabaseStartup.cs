namespace Roadmap.Bot.Persistence;

/// <summary>
/// The migration the bot waits for before it reads or writes: it runs once, on the thread pool,
/// started by whoever asks first; everyone who asks later waits for the same work. On Discord the
/// program starts it before the gateway connects, so the two happen side by side.
/// </summary>
internal sealed class DatabaseStartup(DatabaseMigrator migrator)
{
    private readonly Lazy<Task> _work = new(() => Task.Run(() => migrator.MigrateAsync(CancellationToken.None)));

    /// <summary>Completes when the database is up to date; faults with what stopped it.</summary>
    public Task ReadyAsync() => _work.Value;
}
