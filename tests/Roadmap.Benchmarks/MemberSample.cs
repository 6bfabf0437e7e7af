using Roadmap.Benchmarks.Data;
using Roadmap.Discord.Models;

namespace Roadmap.Benchmarks;

/// <summary>
/// Interactions for members drawn at random (seeded) from the whole data set, built ahead of time so
/// the measurement holds only the bot's work. Cycling through thousands of members keeps SQLite's
/// page cache from serving one member's rows over and over.
/// </summary>
public sealed class MemberSample
{
    private readonly Interaction[] _interactions;
    private int _next;

    public MemberSample(Scenario scenario, int size, int seed)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var random = new Random(seed);
        _interactions = Enumerable.Range(0, size)
            .Select(_ => scenario.Interaction(scenario.Pick?.Invoke(random) ?? DatasetShape.MemberId(random.Next(DatasetShape.MemberCount))))
            .ToArray();
    }

    /// <summary>The next interaction, wrapping around at the end.</summary>
    public Interaction Take()
    {
        var interaction = _interactions[_next];
        _next = (_next + 1) % _interactions.Length;
        return interaction;
    }
}
