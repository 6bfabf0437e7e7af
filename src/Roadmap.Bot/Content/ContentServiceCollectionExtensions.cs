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

    /// <summary>The roadmap from a load under way (<see cref="RoadmapLoading.Of"/>).</summary>
    public static IServiceCollection AddRoadmapContent(this IServiceCollection services, Task<RoadmapContent> loading) =>
        services.AddRoadmapContent(RoadmapLoading.Of(loading));

    /// <summary>
    /// The roadmap from the program's explicit load (<see cref="RoadmapLoading"/>), so the container
    /// can be built, and the gateway connect, before it is in. Resolving anything that needs the
    /// roadmap begins the load if nothing has yet and waits for it; a load that failed throws its problem.
    /// </summary>
    public static IServiceCollection AddRoadmapContent(this IServiceCollection services, RoadmapLoading roadmap)
    {
        ArgumentNullException.ThrowIfNull(roadmap);
        services.AddSingleton(roadmap);
        services.AddSingleton(_ =>
        {
            roadmap.Begin();
            return roadmap.Loaded.GetAwaiter().GetResult();
        });
        services.AddSingleton(sp => ContentChoicesFactory.Milestones(sp.GetRequiredService<RoadmapContent>()));
        services.AddSingleton(sp => ContentChoicesFactory.Projects(sp.GetRequiredService<RoadmapContent>()));
        return services;
    }
}
