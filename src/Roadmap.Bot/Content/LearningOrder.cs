namespace Roadmap.Bot.Content;

/// <summary>
/// The order in which /next leads a learner who finishes every suggestion in turn: each time, the
/// earliest milestone in track order whose prerequisites are all done. With hours added up along it,
/// an author sees when a topic is reached.
/// </summary>
internal static class LearningOrder
{
    /// <summary>Each milestone with the cumulative hours at which a learner starts and finishes it.</summary>
    public static IReadOnlyList<(Milestone Milestone, int StartsAt, int EndsAt)> Follow(RoadmapContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var order = new List<(Milestone, int, int)>();
        var hours = 0;
        while (content.Milestones.FirstOrDefault(m => !done.Contains(m.Id) && m.Prerequisites.All(done.Contains)) is { } next)
        {
            done.Add(next.Id);
            order.Add((next, hours, hours + next.Hours));
            hours += next.Hours;
        }

        return order;
    }
}
