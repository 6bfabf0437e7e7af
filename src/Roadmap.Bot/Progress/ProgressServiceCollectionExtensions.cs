using Microsoft.Extensions.DependencyInjection;
using Roadmap.Bot.Pictures;
using Roadmap.Bot.Content;
using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Progress;

internal static class ProgressServiceCollectionExtensions
{
    /// <summary>
    /// /next, /start, /done, /skip, /undo, /progress and the buttons under milestone cards, with the
    /// store and service behind them. The status commands are keyed by their <see cref="StatusAction"/>.
    /// </summary>
    public static IServiceCollection AddProgress(this IServiceCollection services)
    {
        services.AddSingleton<ProgressStore>();
        services.AddSingleton<ProgressService>();
        services.AddSingleton<LearnerReader>();
        services.AddPictures();
        services.AddSingleton<ProgressOverview>();
        services.AddSingleton<StatusChanges>();

        services.AddSingleton<NextCommand>();
        services.AddSingleton<ProgressCommand>();
        foreach (var action in StatusActions.All)
        {
            services.AddKeyedSingleton(action, (sp, _) => new StatusCommand(action, sp.GetRequiredService<StatusChanges>(), sp.GetRequiredService<ContentChoices<Milestone>>()));
        }

        services.AddSingleton<ProgressButtonsHandler>();
        services.AddSingleton<IComponentHandler>(sp => sp.GetRequiredService<ProgressButtonsHandler>());
        return services;
    }
}
