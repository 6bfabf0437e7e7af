namespace Roadmap.Bot.Progress;

/// <summary>
/// The result of /start, /done, /skip or /undo on one milestone, with the sentence to show the
/// member. Only the changing kinds wrote anything; <see cref="Before"/> and <see cref="After"/> are
/// equal for the others.
/// </summary>
internal sealed record ProgressOutcome(ProgressOutcomeKind Kind, string MilestoneId, MilestoneStatus Before, MilestoneStatus After, string Message)
{
    /// <summary>
    /// Every status of the member once the change is written, read in the same transaction; null when
    /// nothing changed.
    /// </summary>
    public LearnerStatuses? StatusesAfter { get; init; }

    public bool IsChange => Kind is ProgressOutcomeKind.Started or ProgressOutcomeKind.Completed or ProgressOutcomeKind.Skipped or ProgressOutcomeKind.Undone;
}
