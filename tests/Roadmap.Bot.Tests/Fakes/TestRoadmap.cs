using Roadmap.Bot.Content;
using Roadmap.Bot.Progress;




namespace Roadmap.Bot.Tests.Fakes;

/// <summary>
/// A small roadmap built in memory for coaching tests:
/// stage "basics": internet (4 h), language (10 h, needs internet);
/// stage "data": sql (6 h, needs language), orm (5 h, needs sql), git (3 h, needs nothing).
/// </summary>
internal static class TestRoadmap
{
    public static RoadmapContent Create()
    {
        var source = new SourceLocation("test.yml", 1);
        var stages = new List<Stage>
        {
            new("basics", "Basics", ["internet", "language"], source),
            new("data", "Data", ["sql", "orm", "git"], source),
        };
        var track = new Track("backend", "Backend Developer", "Test track", stages, source);
        List<StackDefinition> stacks = [new("python", "Python", ["Django"], source), new("go", "Go", ["Gin"], source)];
        List<Milestone> milestones =
        [
            Milestone("internet", 4),
            Milestone("language", 10, "internet"),
            Milestone("sql", 6, "language"),
            Milestone("orm", 5, "sql"),
            Milestone("git", 3),
        ];
        return new RoadmapContent(track, stacks, milestones, []);
    }

    public static LearnerStatuses Statuses(params (string Id, MilestoneStatus Status)[] statuses) =>
        new(statuses.ToDictionary(s => s.Id, s => s.Status));

    public static Milestone Milestone(string id, int hours, params string[] prerequisites) =>
        new(id, "Title of " + id, "Summary", "Why", hours, prerequisites, ["a", "b", "c"], [], IsStackSpecific: false, new SourceLocation(id + ".yml", 1));
}
