using Microsoft.Extensions.DependencyInjection;
using Roadmap.Bot.Browse;
using Roadmap.Bot.Cohorts;
using Roadmap.Bot.Cohorts.Challenges;
using Roadmap.Bot.Content;
using Roadmap.Bot.Help;
using Roadmap.Bot.Members;
using Roadmap.Bot.Nudges;
using Roadmap.Bot.Persistence;
using Roadmap.Bot.Privacy;
using Roadmap.Bot.Profile;
using Roadmap.Bot.Progress;
using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Hosting;

internal static class CoachServiceCollectionExtensions
{
    /// <summary>
    /// Everything the bot answers with, whether on Discord or in local mode: the loaded roadmap, the
    /// database, every feature, and the router over their commands.
    /// </summary>
    public static IServiceCollection AddRoadmapCoach(this IServiceCollection services, RoadmapContent content) =>
        services.AddRoadmapCoach(Task.FromResult(content));

    /// <summary>As <see cref="AddRoadmapCoach(IServiceCollection, RoadmapContent)"/>, with the roadmap from a load still under way.</summary>
    public static IServiceCollection AddRoadmapCoach(this IServiceCollection services, Task<RoadmapContent> loading) =>
        services.AddRoadmapCoach(RoadmapLoading.Of(loading));

    /// <summary>As <see cref="AddRoadmapCoach(IServiceCollection, RoadmapContent)"/>, with the roadmap from the program's explicit load (<see cref="RoadmapLoading"/>).</summary>
    public static IServiceCollection AddRoadmapCoach(this IServiceCollection services, RoadmapLoading roadmap)
    {
        services.AddRoadmapContent(roadmap)
            .AddPersistence()
            .AddMembers()
            .AddProgress()
            .AddBrowse()
            .AddNudges()
            .AddCohorts()
            .AddProfile()
            .AddPrivacy()
            .AddHelp();

        // The order /help lists the commands in and Discord shows them: the features register the
        // commands, this list decides where each appears.
        services.AddSlashCommand<NextCommand>();
        services.AddSlashCommand<StepCommand>();
        foreach (var action in StatusActions.All)
        {
            services.AddSingleton<ISlashCommand>(sp => sp.GetRequiredKeyedService<StatusCommand>(action));
        }

        services.AddSlashCommand<ProgressCommand>();
        services.AddSlashCommand<RoadmapCommand>();
        services.AddSlashCommand<ProjectsCommand>();
        services.AddSlashCommand<ProjectCommand>();
        services.AddSlashCommand<ResourcesCommand>();
        services.AddSlashCommand<ProfileCommand>();
        services.AddSlashCommand<NudgesCommand>();
        services.AddSlashCommand<CohortCommand>();
        services.AddSlashCommand<ChallengeCommand>();
        services.AddSlashCommand<ModCommand>();
        services.AddSlashCommand<PrivacyCommand>();
        services.AddSlashCommand<HelpCommand>();

        services.AddSingleton<InteractionRouter>();
        return services;
    }

    private static void AddSlashCommand<T>(this IServiceCollection services)
        where T : class, ISlashCommand =>
        services.AddSingleton<ISlashCommand>(sp => sp.GetRequiredService<T>());
}
