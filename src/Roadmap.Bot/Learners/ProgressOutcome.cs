using Roadmap.Bot.Coaching;

namespace Roadmap.Bot.Learners;

/// <summary>
/// The result of /start, /done, /skip or /undo on one milestone, with the sentence to show the
/// member. Only the changing kinds wrote anything; <see cref="Before"/> and <see cref="After"/> are
/// equal for the others.
/// </summary>
public sealed record ProgressOutcome(ProgressOutcomeKind Kind, string MilestoneId, MilestoneStatus Before, MilestoneStatus After, string Message)
{
    public bool IsChange => Kind is ProgressOutcomeKind.Started or ProgressOutcomeKind.Completed or ProgressOutcomeKind.Skipped or ProgressOutcomeKind.Undone;
}
