namespace Roadmap.Bot.Content;

/// <summary>
/// The roadmap's load, begun explicitly by the program: at once in local mode (the chat needs it),
/// and on Discord once the gateway has identified (<see cref="Begin"/>), so the parse does not take
/// the CPU the connection needs. What needs the roadmap waits for <see cref="Loaded"/>.
/// </summary>
internal sealed class RoadmapLoading
{
    private readonly Func<RoadmapContent> _load;
    private readonly TaskCompletionSource<RoadmapContent> _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _begun;

    /// <param name="load">Loads and validates the roadmap; throws what is wrong with it.</param>
    public RoadmapLoading(Func<RoadmapContent> load) => _load = load;

    /// <summary>A load already done or under way elsewhere.</summary>
    public static RoadmapLoading Of(Task<RoadmapContent> loading)
    {
        ArgumentNullException.ThrowIfNull(loading);
        var roadmap = new RoadmapLoading(() => loading.GetAwaiter().GetResult());
        roadmap.Begin();
        return roadmap;
    }

    /// <summary>The roadmap, once loaded; faulted with its problem when it does not load. Waiting does not begin the load.</summary>
    public Task<RoadmapContent> Loaded => _loaded.Task;

    /// <summary>Begins the load on the thread pool, once, however often it is called.</summary>
    public void Begin()
    {
        if (Interlocked.Exchange(ref _begun, 1) == 1)
        {
            return;
        }

        _ = Task.Run(() =>
        {
            try
            {
                _loaded.SetResult(_load());
            }
            catch (Exception ex)
            {
                _loaded.SetException(ex);
            }
        });
    }
}
