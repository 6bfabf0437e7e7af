using Microsoft.Extensions.DependencyInjection;

namespace Roadmap.Bot.Content;

internal static class ContentServiceCollectionExtensions
{
    /// <summary>The roadmap, loaded and validated by the caller, and the lookups that find milestones and project ideas by what a learner typed.</summary>
    public static IServiceCollection AddRoadmapContent(this IServiceCollection services, RoadmapContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return services.AddRoadmapContent(Task.FromResult(content));
    }

    /// <summary>
    /// The roadmap from a load the program began explicitly at start-up (<see cref="RoadmapLoading"/>),
    /// so the container can be built, and the gateway connect, while it loads. Resolving anything that
    /// needs the roadmap before the load finished waits for it; a load that failed throws its problem.
    /// </summary>
    public static IServiceCollection AddRoadmapContent(this IServiceCollection services, Task<RoadmapContent> loading)
    {
        ArgumentNullException.ThrowIfNull(loading);
        services.AddSingleton(new RoadmapLoading(loading));
        services.AddSingleton(_ => loading.GetAwaiter().GetResult());
        services.AddSingleton(sp => ContentChoicesFactory.Milestones(sp.GetRequiredService<RoadmapContent>()));
        services.AddSingleton(sp => ContentChoicesFactory.Projects(sp.GetRequiredService<RoadmapContent>()));
        return services;
    }
}
