namespace Roadmap.Bot.Coaching;

/// <summary>Where a learner stands on one milestone. A milestone with no record is not started.</summary>
public enum MilestoneStatus
{
    NotStarted,
    InProgress,
    Done,
    Skipped,
}
