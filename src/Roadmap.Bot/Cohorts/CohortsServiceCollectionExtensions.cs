using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Roadmap.Bot.Cohorts.Challenges;
using Roadmap.Bot.Cohorts.Digests;
using Roadmap.Bot.Cohorts.Insights;
using Roadmap.Bot.Nudges;
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
        services.AddSingleton<CohortRosterStore>();
        services.AddSingleton<CohortExportStore>();
        services.AddSingleton<FailedPostStore>();

        // Where a member's DM goes when their DMs are closed: the nudge channel, for reminders and weekly nudges.
        services.AddSingleton<NudgeChannelFallback>();
        services.AddSingleton<INudgeChannel>(sp => sp.GetRequiredService<NudgeChannelFallback>());
        services.AddSingleton<CohortPicker>();
        services.AddSingleton<CohortCreation>();
        services.AddSingleton<CohortCommand>();
        services.AddSingleton<LeaderboardStore>();
        services.AddSingleton<BoardWindowSweep>();
        services.AddSingleton<InsightsStore>();

        // Challenges: /challenge, the announcement's buttons and form, and the /mod challenge part.
        services.AddSingleton<ChallengeStore>();
        services.AddSingleton<ChallengePicker>();
        services.AddSingleton<DueDateReader>();
        services.AddSingleton<SubmissionService>();
        services.AddSingleton<ChallengePosting>();
        services.AddSingleton<ChallengeExtending>();
        services.AddSingleton<ChallengeClosing>();
        services.AddSingleton<ChallengeReviewing>();
        services.AddSingleton<ChallengeCommand>();
        services.AddSingleton<ICohortStatusSection, YourChallengesSection>();
        services.AddSingleton<ChallengeButtonsHandler>();
        services.AddSingleton<IComponentHandler>(sp => sp.GetRequiredService<ChallengeButtonsHandler>());
        services.AddSingleton<IModalHandler>(sp => sp.GetRequiredService<ChallengeButtonsHandler>());

        // The weekly digest, run by the scheduler's ChallengeDueJob; registered here so it runs without Quartz too (tests).
        // TryAdd: AddScheduling registers the claim store as well.
        services.TryAddSingleton<ChallengeDueStore>();
        services.AddSingleton<CohortDigestStore>();
        services.AddSingleton<CohortDigestSweep>();

        // The parts of /mod, in the order Discord lists them.
        services.AddSingleton<IModeratorCommands, ModCohortCommands>();
        services.AddSingleton<IModeratorCommands, ModChallengeCommands>();
        services.AddSingleton<IModeratorCommands, ModLeaderboardCommand>();
        services.AddSingleton<IModeratorCommands, ModInsightsCommand>();
        services.AddSingleton<IModeratorCommands, ModConfigCommands>();
        services.AddSingleton<ModCommand>();
        return services;
    }
}
