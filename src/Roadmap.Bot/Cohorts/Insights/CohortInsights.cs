using Roadmap.Bot.Content;

namespace Roadmap.Bot.Cohorts.Insights;

/// <summary>One bar of the chart: a stage (or "not started yet") and how many sharing members are at it.</summary>
internal sealed record StageCount(string Title, int Members);

/// <summary>A milestone sharing members have had in progress a long time.</summary>
internal sealed record StalledMilestone(Milestone Milestone, Stage Stage, int Members, DateTimeOffset AverageStartedAt, DateTimeOffset OldestStartedAt);

/// <summary>
/// Where a cohort's (or a server's) members are and where they stall. A member's stage is the stage
/// of the furthest milestone, in track order, they have done: simple to read back and stable, where
/// the stage of what <c>/next</c> suggests would move with their stack and prerequisites. A member
/// with nothing done is "not started yet". Only members who share their progress are counted in;
/// the others are only counted.
/// </summary>
internal sealed record CohortInsights(int Members, int Sharing, IReadOnlyList<StageCount> Stages, IReadOnlyList<StalledMilestone> Stalled)
{
    public const string NotStarted = "Not started yet";

    /// <summary>Members in scope who keep their progress private.</summary>
    public int Private => Members - Sharing;

    public static CohortInsights From(RoadmapContent content, InsightsScopeRow scope, IReadOnlyList<FurthestDoneRow> furthest, IReadOnlyList<StalledRow> stalled)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(furthest);
        ArgumentNullException.ThrowIfNull(stalled);
        var stages = content.Track.Stages;
        var perStage = new int[stages.Count];
        var index = stages.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        foreach (var row in furthest)
        {
            perStage[index[content.StageOf(content.Milestones[row.Position]).Id]] += row.Members;
        }

        var started = perStage.Sum();
        var counts = new List<StageCount> { new(NotStarted, scope.Sharing - started) };
        counts.AddRange(stages.Select((s, i) => new StageCount(s.Title, perStage[i])));

        var stalledMilestones = stalled
            .Select(r => (Row: r, Milestone: content.FindMilestone(r.MilestoneId)))
            .Where(p => p.Milestone is not null)
            .Select(p => new StalledMilestone(p.Milestone!, content.StageOf(p.Milestone!), p.Row.Members, p.Row.AverageStartedAt, p.Row.OldestStartedAt))
            .ToList();
        return new CohortInsights(scope.Members, scope.Sharing, counts, stalledMilestones);
    }
}
