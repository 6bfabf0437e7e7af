using Microsoft.Extensions.DependencyInjection;
using Roadmap.Bot.Pictures;
using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Browse;

internal static class BrowseServiceCollectionExtensions
{
    /// <summary>/step, /roadmap, /projects, /project and /resources, and the menus under their cards.</summary>
    public static IServiceCollection AddBrowse(this IServiceCollection services)
    {
        services.AddSingleton<StepCommand>();
        services.AddPictures();
        services.AddSingleton<RoadmapCommand>();
        services.AddSingleton<ProjectsCommand>();
        services.AddSingleton<ProjectCommand>();
        services.AddSingleton<ResourcesCommand>();
        services.AddSingleton<IComponentHandler>(sp => sp.GetRequiredService<RoadmapCommand>());
        services.AddSingleton<IComponentHandler>(sp => sp.GetRequiredService<ProjectsCommand>());
        return services;
    }
}
