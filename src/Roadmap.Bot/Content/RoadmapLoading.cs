namespace Roadmap.Bot.Content;

/// <summary>
/// The roadmap's load at start-up, begun explicitly by the program before the container is built.
/// The container hands out its result; what can start without the roadmap (the Discord gateway) waits
/// for <see cref="Loaded"/> only where it needs it.
/// </summary>
internal sealed class RoadmapLoading(Task<RoadmapContent> loaded)
{
    public Task<RoadmapContent> Loaded => loaded;
}
