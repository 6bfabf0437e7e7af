using Roadmap.Benchmarks.Data;

namespace Roadmap.Benchmarks.Load;

/// <summary>
/// Who asks for <c>/roadmap</c>: all 100,000 members in a seeded shuffle, each once, shared by the
/// warm-up and every rate of a run so no member asks twice while the bot is up.
/// </summary>
public sealed class RoadmapMembers
{
    private readonly int[] _order;
    private int _next;

    public RoadmapMembers(int seed)
    {
        _order = [.. Enumerable.Range(0, DatasetShape.MemberCount)];
        new Random(seed).Shuffle(_order);
    }

    /// <summary>The next member's Discord id; after all 100,000 the order starts again.</summary>
    public ulong Next() => DatasetShape.MemberId(_order[_next++ % _order.Length]);
}
