namespace Roadmap.Bot.Progress;

/// <summary>Where a learner stands on one milestone. A milestone with no record is not started.</summary>
internal enum MilestoneStatus
{
    NotStarted,
    InProgress,
    Done,
    Skipped,
}
