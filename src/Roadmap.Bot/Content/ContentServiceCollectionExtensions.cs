using Microsoft.Extensions.DependencyInjection;

namespace Roadmap.Bot.Content;

internal static class ContentServiceCollectionExtensions
{
    /// <summary>
    /// The roadmap, loaded and validated by the caller before the container is built (so a start-up
    /// problem is found in one place), and the lookups that find milestones and project ideas by what
    /// a learner typed.
    /// </summary>
    public static IServiceCollection AddRoadmapContent(this IServiceCollection services, RoadmapContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        services.AddSingleton(content);
        services.AddSingleton(ContentChoicesFactory.Milestones(content));
        services.AddSingleton(ContentChoicesFactory.Projects(content));
        return services;
    }
}
