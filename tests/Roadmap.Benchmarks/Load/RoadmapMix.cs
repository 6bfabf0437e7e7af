using System.Text.Json;

namespace Roadmap.Benchmarks.Load;

/// <summary>
/// The load mix with <c>/roadmap</c> woven in at a steady share (the roadmap rate out of the total
/// rate), each by a member who has not asked for the map before in this run (<see cref="RoadmapMembers"/>).
/// A new member is not always a new picture (the bot caches pictures by what they show, and two
/// members at the same point of the track share one), so the harness counts the misses it saw
/// (<see cref="PictureCacheReplay"/>) rather than assuming them.
/// </summary>
public sealed class RoadmapMix
{
    public const string Kind = "/roadmap";

    private readonly LoadMix _mix;
    private readonly int _roadmapRate;
    private readonly int _totalRate;
    private readonly RoadmapMembers _members;
    private long _count;
    private long _roadmaps;

    public RoadmapMix(LoadMix mix, RoadmapMembers members, int roadmapRate, int totalRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(roadmapRate);
        ArgumentOutOfRangeException.ThrowIfLessThan(totalRate, Math.Max(1, roadmapRate));
        _mix = mix;
        _roadmapRate = roadmapRate;
        _totalRate = totalRate;
        _members = members;
    }

    /// <summary>The next interaction and its kind: <see cref="Kind"/> or one of <see cref="LoadMix.Shares"/>.</summary>
    public (ulong Id, JsonElement Json, string Kind) Next()
    {
        _count++;
        if (_count * _roadmapRate / _totalRate <= _roadmaps)
        {
            return _mix.NextWithKind();
        }

        _roadmaps++;
        var (id, json) = _mix.Roadmap(_members.Next());
        return (id, json, Kind);
    }
}
