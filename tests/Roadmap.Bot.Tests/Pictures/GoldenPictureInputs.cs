using NodaTime;
using Roadmap.Bot.Browse;
using Roadmap.Bot.Cohorts.Insights;
using Roadmap.Bot.Content;
using Roadmap.Bot.Progress;
using Roadmap.Bot.Tests.Fakes;

namespace Roadmap.Bot.Tests.Pictures;

/// <summary>
/// The fixed inputs of the golden pictures: a small roadmap built here (not the real content, so
/// editing content/ never changes a golden), fixed statuses, completions on a fixed clock, fixed
/// stage counts. Between them they show every status, the outline of the next milestone, a title
/// cut off with "…", a short title, a frozen week, the open week and an empty bar.
/// </summary>
internal static class GoldenPictureInputs
{
    /// <summary>Wednesday of the week starting Monday 2 March 2026.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 4, 12, 0, 0, TimeSpan.Zero);

    public static byte[] Draw(string fileName) => fileName switch
    {
        RoadmapPicture.FileName => Map(),
        WeeksChart.FileName => Weeks(),
        InsightsChart.FileName => Insights(),
        _ => throw new ArgumentOutOfRangeException(nameof(fileName), fileName, "No golden picture has this name."),
    };

    public static RoadmapContent Content()
    {
        var source = new SourceLocation("golden.yml", 1);
        var stages = new List<Stage>
        {
            new("basics", "Foundations", ["web", "language", "git"], source),
            new("data", "Storing data for a long time", ["sql", "design", "long", "cache"], source),
            new("apis", "Building APIs", ["rest", "auth"], source),
            new("ship", "Shipping", ["deploy"], source),
        };
        var track = new Track("backend", "Golden Track", "Fixed content for golden pictures", stages, source);
        List<Milestone> milestones =
        [
            Titled("web", "How the web works"),
            Titled("language", "A first language"),
            Titled("git", "Version control with Git"),
            Titled("sql", "SQL basics"),
            Titled("design", "Database design and normal forms"),
            Titled("long", "A title long enough that the map has to cut it off near the end of the second line of its box"),
            Titled("cache", "Caching strategies, invalidation and the problems they bring") with { ShortTitle = "Caching" },
            Titled("rest", "REST APIs"),
            Titled("auth", "Authentication"),
            Titled("deploy", "A first deploy"),
        ];
        return new RoadmapContent(track, [], milestones, []);
    }

    private static byte[] Map()
    {
        var content = Content();
        var statuses = TestRoadmap.Statuses(
            ("web", MilestoneStatus.Done),
            ("language", MilestoneStatus.Done),
            ("git", MilestoneStatus.Skipped),
            ("sql", MilestoneStatus.InProgress));
        return RoadmapPicture.Draw(content, statuses, content.FindMilestone("sql"));
    }

    private static byte[] Weeks()
    {
        // Weeks ago: 5 (two finished), 4, 3, 2 active, which earns a freeze; 1 missed and frozen; this week open.
        DateTimeOffset[] completions = [Monday(5), Monday(5).AddHours(3), Monday(4), Monday(3), Monday(2)];
        return WeeksChart.Draw(WeeklyStreak.History(completions, DateTimeZone.Utc, Now, WeeksChart.Weeks), WeeklyStreak.Of(completions, DateTimeZone.Utc, Now));
    }

    private static byte[] Insights() => InsightsChart.Draw(
        "Members at each stage: Spring cohort",
        [new(CohortInsights.NotStarted, 2), new("Foundations", 5), new("Storing data for a long time", 3), new("Building APIs", 0), new("Shipping", 1)]);

    private static Milestone Titled(string id, string title) => TestRoadmap.Milestone(id, 4) with { Title = title };

    private static DateTimeOffset Monday(int weeksAgo) => new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero).AddDays(-7 * weeksAgo);
}
