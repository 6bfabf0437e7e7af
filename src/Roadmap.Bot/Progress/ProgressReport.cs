using Roadmap.Bot.Content;




namespace Roadmap.Bot.Progress;

/// <summary>Where a learner stands overall and per stage, and how many hours of work are left.</summary>
internal sealed record ProgressReport(IReadOnlyList<StageProgress> Stages, int Done, int Skipped, int InProgress, int Total, int RemainingHours)
{
    /// <summary>Counts per stage and overall; remaining hours are those of milestones not done or skipped.</summary>
    public static ProgressReport Of(RoadmapContent content, LearnerStatuses statuses)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(statuses);

        var stages = content.Track.Stages.Select(stage =>
        {
            var milestones = content.MilestonesOf(stage).ToList();
            return new StageProgress(
                stage,
                milestones.Count(m => statuses.Of(m.Id) == MilestoneStatus.Done),
                milestones.Count(m => statuses.Of(m.Id) == MilestoneStatus.Skipped),
                milestones.Count(m => statuses.Of(m.Id) == MilestoneStatus.InProgress),
                milestones.Count);
        }).ToList();

        var remaining = content.Milestones.Where(m => !statuses.IsSettled(m.Id)).Sum(m => m.Hours);
        return new ProgressReport(
            stages,
            stages.Sum(s => s.Done),
            stages.Sum(s => s.Skipped),
            stages.Sum(s => s.InProgress),
            stages.Sum(s => s.Total),
            remaining);
    }

    public double Settled => Total == 0 ? 0 : (double)(Done + Skipped) / Total;
}
