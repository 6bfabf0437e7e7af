using Roadmap.Bot.Coaching;

namespace Roadmap.Bot.Learners;

/// <summary>
/// The result of /start, /done, /skip or /undo on one milestone. Only the changing kinds wrote
/// anything; <see cref="Before"/> and <see cref="After"/> are equal for the others.
/// </summary>
public sealed record ProgressOutcome(ProgressOutcomeKind Kind, string MilestoneId, MilestoneStatus Before, MilestoneStatus After)
{
    public bool IsChange => Kind is ProgressOutcomeKind.Started or ProgressOutcomeKind.Completed or ProgressOutcomeKind.Skipped or ProgressOutcomeKind.Undone;

    public static ProgressOutcome Change(ProgressOutcomeKind kind, string milestoneId, MilestoneStatus before, MilestoneStatus after) => new(kind, milestoneId, before, after);

    public static ProgressOutcome NoChange(ProgressOutcomeKind kind, string milestoneId, MilestoneStatus current) => new(kind, milestoneId, current, current);

    /// <summary>What to tell the member, given the milestone's title.</summary>
    public string Describe(string milestoneTitle) => Kind switch
    {
        ProgressOutcomeKind.Started => $"Started **{milestoneTitle}**. Mark it with /done when you finish.",
        ProgressOutcomeKind.Completed => $"Marked **{milestoneTitle}** as done.",
        ProgressOutcomeKind.Skipped => $"Skipped **{milestoneTitle}**. You can come back to it with /start at any time.",
        ProgressOutcomeKind.Undone => $"Undid your last change to **{milestoneTitle}**: it is {Words(After)} again.",
        ProgressOutcomeKind.AlreadyInProgress => $"**{milestoneTitle}** is already in progress; nothing changed.",
        ProgressOutcomeKind.AlreadyDone => $"**{milestoneTitle}** is already done; nothing changed.",
        ProgressOutcomeKind.AlreadySkipped => $"**{milestoneTitle}** is already skipped; nothing changed.",
        ProgressOutcomeKind.StartRefusedDone => $"**{milestoneTitle}** is already done; /undo first if you want to redo it.",
        ProgressOutcomeKind.SkipRefusedDone => $"**{milestoneTitle}** is already done, so it cannot be skipped; /undo first if you want to change that.",
        ProgressOutcomeKind.NoteTooLong => $"A note can be at most {ProgressService.MaxNoteLength} characters; yours is longer, so nothing changed. Shorten it and try again.",
        ProgressOutcomeKind.NothingToUndo => $"There is nothing to undo on **{milestoneTitle}**.",
        _ => throw new InvalidOperationException($"Unknown outcome {Kind}."),
    };

    private static string Words(MilestoneStatus status) => status switch
    {
        MilestoneStatus.NotStarted => "not started",
        MilestoneStatus.InProgress => "in progress",
        MilestoneStatus.Done => "done",
        _ => "skipped",
    };
}
