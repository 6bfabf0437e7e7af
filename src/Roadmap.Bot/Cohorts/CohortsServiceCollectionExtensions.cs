using Microsoft.Extensions.DependencyInjection;
using Roadmap.Bot.Cohorts.Challenges;
using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Cohorts;

internal static class CohortsServiceCollectionExtensions
{
    /// <summary>Cohorts and challenges: the moderators' <c>/mod</c>, the members' <c>/cohort</c> and <c>/challenge</c>, and what they keep.</summary>
    public static IServiceCollection AddCohorts(this IServiceCollection services)
    {
        services.AddSingleton<GuildSettingsStore>();
        services.AddSingleton<ModeratorGate>();
        services.AddSingleton<CohortStore>();

        // Challenges: /mod challenge (a part of /mod), /challenge, and the announcement's buttons and form.
        services.AddSingleton<ChallengeStore>();
        services.AddSingleton<ChallengePicker>();
        services.AddSingleton<DueDateReader>();
        services.AddSingleton<SubmissionService>();
        services.AddSingleton<ChallengePosting>();
        services.AddSingleton<ChallengeExtending>();
        services.AddSingleton<ChallengeClosing>();
        services.AddSingleton<ChallengeReviewing>();
        services.AddSingleton<IModeratorCommands, ModChallengeCommands>();
        services.AddSingleton<ChallengeCommand>();
        services.AddSingleton<ChallengeButtonsHandler>();
        services.AddSingleton<IComponentHandler>(sp => sp.GetRequiredService<ChallengeButtonsHandler>());
        services.AddSingleton<IModalHandler>(sp => sp.GetRequiredService<ChallengeButtonsHandler>());
        services.AddSingleton<ModCommand>();
        return services;
    }
}
