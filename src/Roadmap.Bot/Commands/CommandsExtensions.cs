using Microsoft.Extensions.DependencyInjection;
using Roadmap.Bot.Content;
using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Commands;

/// <summary>Registers every command explicitly, in the order /help lists them.</summary>
public static class CommandsExtensions
{
    public static IServiceCollection AddMemberCommands(this IServiceCollection services)
    {
        services.AddSingleton(sp => ContentChoicesFactory.Milestones(sp.GetRequiredService<RoadmapContent>()));
        services.AddSingleton(sp => ContentChoicesFactory.Projects(sp.GetRequiredService<RoadmapContent>()));
        services.AddSingleton<TimeZoneChoices>();
        services.AddSingleton<LearnerReader>();
        services.AddSingleton<ProgressOverview>();
        services.AddSingleton<StatusChanges>();

        services.AddSingleton<NextCommand>();
        services.AddSingleton<StepCommand>();
        services.AddSingleton<RoadmapCommand>();
        services.AddSingleton<ProgressCommand>();
        services.AddSingleton<ProjectsCommand>();
        services.AddSingleton<ProjectCommand>();
        services.AddSingleton<ResourcesCommand>();
        services.AddSingleton<ProfileCommand>();
        services.AddSingleton<PrivacyCommand>();
        services.AddSingleton<HelpCommand>();
        services.AddSingleton<ProgressButtonsHandler>();

        services.AddSingleton<ISlashCommand>(sp => sp.GetRequiredService<NextCommand>());
        services.AddSingleton<ISlashCommand>(sp => sp.GetRequiredService<StepCommand>());
        foreach (var (action, description) in StatusCommand.All)
        {
            services.AddSingleton<ISlashCommand>(sp => new StatusCommand(action, description, sp.GetRequiredService<StatusChanges>(), sp.GetRequiredService<ContentChoices<Milestone>>()));
        }

        services.AddSingleton<ISlashCommand>(sp => sp.GetRequiredService<ProgressCommand>());
        services.AddSingleton<ISlashCommand>(sp => sp.GetRequiredService<RoadmapCommand>());
        services.AddSingleton<ISlashCommand>(sp => sp.GetRequiredService<ProjectsCommand>());
        services.AddSingleton<ISlashCommand>(sp => sp.GetRequiredService<ProjectCommand>());
        services.AddSingleton<ISlashCommand>(sp => sp.GetRequiredService<ResourcesCommand>());
        services.AddSingleton<ISlashCommand>(sp => sp.GetRequiredService<ProfileCommand>());
        services.AddSingleton<ISlashCommand>(sp => sp.GetRequiredService<PrivacyCommand>());
        services.AddSingleton<ISlashCommand>(sp => sp.GetRequiredService<HelpCommand>());

        services.AddSingleton<IComponentHandler>(sp => sp.GetRequiredService<ProgressButtonsHandler>());
        services.AddSingleton<IComponentHandler>(sp => sp.GetRequiredService<RoadmapCommand>());
        services.AddSingleton<IComponentHandler>(sp => sp.GetRequiredService<ProjectsCommand>());
        services.AddSingleton<IComponentHandler>(sp => sp.GetRequiredService<PrivacyCommand>());

        services.AddSingleton<InteractionRouter>();
        return services;
    }
}
