using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Roadmap.Bot.Persistence;

internal static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// The "Database" options, the connection factory, the migrator (run once through
    /// <see cref="DatabaseStartup"/> before the bot answers) and the bot's own key-value state. The
    /// features register their stores themselves.
    /// </summary>
    public static IServiceCollection AddPersistence(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Path), "Database:Path is empty. Set it to the SQLite file to use, such as data/roadmap.db.")
            .Validate(o => o.BusyTimeout > TimeSpan.Zero, "Database:BusyTimeout must be positive, such as 00:00:05.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SqliteConnectionFactory>();
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<DatabaseStartup>();
        services.AddSingleton<BotStateStore>();
        return services;
    }
}
