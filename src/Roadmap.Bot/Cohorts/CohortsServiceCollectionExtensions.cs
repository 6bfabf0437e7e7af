using Microsoft.Extensions.DependencyInjection;

namespace Roadmap.Bot.Cohorts;

internal static class CohortsServiceCollectionExtensions
{
    /// <summary>Cohorts and challenges: the moderators' <c>/mod</c>, the members' <c>/cohort</c> and <c>/challenge</c>, and what they keep.</summary>
    public static IServiceCollection AddCohorts(this IServiceCollection services)
    {
        services.AddSingleton<GuildSettingsStore>();
        services.AddSingleton<ModeratorGate>();
        services.AddSingleton<CohortStore>();
        services.AddSingleton<CohortRosterStore>();
        services.AddSingleton<CohortPicker>();
        services.AddSingleton<CohortCreation>();
        services.AddSingleton<CohortCommand>();
        services.AddSingleton<LeaderboardStore>();

        // The parts of /mod, in the order Discord lists them.
        services.AddSingleton<IModeratorCommands, ModCohortCommands>();
        services.AddSingleton<IModeratorCommands, ModLeaderboardCommand>();
        services.AddSingleton<IModeratorCommands, ModConfigCommands>();
        services.AddSingleton<ModCommand>();
        return services;
    }
}
