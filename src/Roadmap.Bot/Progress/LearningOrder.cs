using Roadmap.Bot.Content;

namespace Roadmap.Bot.Progress;

/// <summary>
/// The order in which /next leads a learner who finishes every suggestion in turn, found by asking
/// <see cref="Coach.SuggestNext"/> itself after each one, so the check can never drift from the
/// coaching. With hours added up along it, an author sees when a topic is reached.
/// </summary>
internal static class LearningOrder
{
    /// <summary>Each milestone with the cumulative hours at which a learner starts and finishes it.</summary>
    public static IReadOnlyList<(Milestone Milestone, int StartsAt, int EndsAt)> Follow(RoadmapContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var done = new Dictionary<string, MilestoneStatus>(StringComparer.Ordinal);
        var order = new List<(Milestone, int, int)>();
        var hours = 0;
        while (Coach.SuggestNext(content, new LearnerStatuses(done)) is { Milestone: { } next }
            && done.TryAdd(next.Id, MilestoneStatus.Done))
        {
            order.Add((next, hours, hours + next.Hours));
            hours += next.Hours;
        }

        return order;
    }
}
