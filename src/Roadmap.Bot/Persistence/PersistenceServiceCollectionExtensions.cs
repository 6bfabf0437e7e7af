using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Roadmap.Bot.Learners;

namespace Roadmap.Bot.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// The "Database" options, the connection factory, the migrator, the learner stores and the
    /// progress service, all singletons (they hold no per-request state). The composition root runs
    /// <c>await services.GetRequiredService&lt;DatabaseMigrator&gt;().MigrateAsync(ct)</c> before the
    /// bot starts answering.
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
        services.AddSingleton<MemberStore>();
        services.AddSingleton<ProgressStore>();
        services.AddSingleton<GuildMemberStore>();
        services.AddSingleton<ServerVisits>();
        services.AddSingleton<PrivacyStore>();
        services.AddSingleton<BotStateStore>();
        services.AddSingleton<ProgressService>();
        return services;
    }
}
