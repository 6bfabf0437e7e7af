using Roadmap.Bot.Content;


namespace Roadmap.Bot.Progress;

/// <summary>
/// The rules of status changes on a milestone of the track. Each method returns an outcome; refusals
/// and no-ops write nothing, and every change writes exactly one history event.
/// </summary>
internal sealed class ProgressService(ProgressStore progress)
{
    public const int MaxNoteLength = 500;

    /// <summary>Not started or skipped → in progress. Done is refused (undo first).</summary>
    public Task<ProgressOutcome> StartAsync(ulong memberId, Milestone milestone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        return progress.ChangeAsync(memberId, milestone.Id, note: null, current => current switch
        {
            MilestoneStatus.InProgress => Same(ProgressOutcomeKind.AlreadyInProgress, milestone, current),
            MilestoneStatus.Done => Same(ProgressOutcomeKind.StartRefusedDone, milestone, current),
            _ => Change(ProgressOutcomeKind.Started, milestone, current, MilestoneStatus.InProgress),
        }, cancellationToken);
    }

    /// <summary>Any status → done, with an optional note of at most <see cref="MaxNoteLength"/> characters.</summary>
    public Task<ProgressOutcome> DoneAsync(ulong memberId, Milestone milestone, string? note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        return progress.ChangeAsync(memberId, milestone.Id, trimmed, current => current switch
        {
            _ when trimmed is { Length: > MaxNoteLength } => Same(ProgressOutcomeKind.NoteTooLong, milestone, current),
            MilestoneStatus.Done => Same(ProgressOutcomeKind.AlreadyDone, milestone, current),
            _ => Change(ProgressOutcomeKind.Completed, milestone, current, MilestoneStatus.Done),
        }, cancellationToken);
    }

    /// <summary>Not started or in progress → skipped. Done is refused (undo first).</summary>
    public Task<ProgressOutcome> SkipAsync(ulong memberId, Milestone milestone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        return progress.ChangeAsync(memberId, milestone.Id, note: null, current => current switch
        {
            MilestoneStatus.Skipped => Same(ProgressOutcomeKind.AlreadySkipped, milestone, current),
            MilestoneStatus.Done => Same(ProgressOutcomeKind.SkipRefusedDone, milestone, current),
            _ => Change(ProgressOutcomeKind.Skipped, milestone, current, MilestoneStatus.Skipped),
        }, cancellationToken);
    }

    /// <summary>Reverts the last change on the milestone that is not undone yet, recording the undo.</summary>
    public Task<ProgressOutcome> UndoAsync(ulong memberId, Milestone milestone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        return progress.UndoAsync(memberId, milestone.Id, undo => undo is null
            ? Same(ProgressOutcomeKind.NothingToUndo, milestone, MilestoneStatus.NotStarted)
            : Change(ProgressOutcomeKind.Undone, milestone, undo.From, undo.To), cancellationToken);
    }

    private static ProgressOutcome Change(ProgressOutcomeKind kind, Milestone milestone, MilestoneStatus before, MilestoneStatus after) =>
        new(kind, milestone.Id, before, after, ProgressMessages.For(kind, milestone.Title, after));

    private static ProgressOutcome Same(ProgressOutcomeKind kind, Milestone milestone, MilestoneStatus current) =>
        new(kind, milestone.Id, current, current, ProgressMessages.For(kind, milestone.Title, current));
}
