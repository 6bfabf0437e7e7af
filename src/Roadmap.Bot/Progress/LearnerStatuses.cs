namespace Roadmap.Bot.Progress;

/// <summary>
/// A learner's statuses by milestone id. Ids that the current content no longer has (an older
/// content version) may be present; every reader ignores them.
/// </summary>
internal sealed class LearnerStatuses(IReadOnlyDictionary<string, MilestoneStatus> statuses)
{
    public static LearnerStatuses None { get; } = new(new Dictionary<string, MilestoneStatus>());

    public MilestoneStatus Of(string milestoneId) => statuses.GetValueOrDefault(milestoneId, MilestoneStatus.NotStarted);

    public bool IsSettled(string milestoneId) => Of(milestoneId) is MilestoneStatus.Done or MilestoneStatus.Skipped;
}
