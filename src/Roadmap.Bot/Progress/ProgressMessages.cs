namespace Roadmap.Bot.Progress;

/// <summary>What the member reads for each <see cref="ProgressOutcomeKind"/> of a known milestone.</summary>
internal static class ProgressMessages
{
    public static string For(ProgressOutcomeKind kind, string title, MilestoneStatus after) => kind switch
    {
        ProgressOutcomeKind.Started => $"Started **{title}**. Mark it with /done when you finish.",
        ProgressOutcomeKind.Completed => $"Marked **{title}** as done.",
        ProgressOutcomeKind.Skipped => $"Skipped **{title}**. You can come back to it with /start at any time.",
        ProgressOutcomeKind.Undone => $"Undid your last change to **{title}**: it is {Words(after)} again.",
        ProgressOutcomeKind.AlreadyInProgress => $"**{title}** is already in progress; nothing changed.",
        ProgressOutcomeKind.AlreadyDone => $"**{title}** is already done; nothing changed.",
        ProgressOutcomeKind.AlreadySkipped => $"**{title}** is already skipped; nothing changed.",
        ProgressOutcomeKind.StartRefusedDone => $"**{title}** is already done; /undo first if you want to redo it.",
        ProgressOutcomeKind.SkipRefusedDone => $"**{title}** is already done, so it cannot be skipped; /undo first if you want to change that.",
        ProgressOutcomeKind.NoteTooLong => $"A note can be at most {ProgressService.MaxNoteLength} characters; yours is longer, so nothing changed. Shorten it and try again.",
        ProgressOutcomeKind.NothingToUndo => $"There is nothing to undo on **{title}**.",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "This kind has no message for a known milestone."),
    };

    private static string Words(MilestoneStatus status) => status switch
    {
        MilestoneStatus.NotStarted => "not started",
        MilestoneStatus.InProgress => "in progress",
        MilestoneStatus.Done => "done",
        _ => "skipped",
    };
}
