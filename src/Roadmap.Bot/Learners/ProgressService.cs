using Roadmap.Bot.Coaching;
using Roadmap.Bot.Content;
using Roadmap.Bot.Text;

namespace Roadmap.Bot.Learners;

/// <summary>
/// The rules of status changes. Each method returns an outcome; unknown milestones, refusals and
/// no-ops write nothing, and every change writes exactly one history event.
/// </summary>
public sealed class ProgressService(ProgressStore progress, RoadmapContent content)
{
    public const int MaxNoteLength = 500;

    /// <summary>Not started or skipped → in progress. Done is refused (undo first).</summary>
    public Task<ProgressOutcome> StartAsync(ulong memberId, string milestoneId, CancellationToken cancellationToken)
    {
        if (content.FindMilestone(milestoneId) is not { } milestone)
        {
            return Task.FromResult(Unknown(milestoneId));
        }

        return progress.ChangeAsync(memberId, milestone.Id, note: null, current => current switch
        {
            MilestoneStatus.InProgress => Same(ProgressOutcomeKind.AlreadyInProgress, milestone, current),
            MilestoneStatus.Done => Same(ProgressOutcomeKind.StartRefusedDone, milestone, current),
            _ => Change(ProgressOutcomeKind.Started, milestone, current, MilestoneStatus.InProgress),
        }, cancellationToken);
    }

    /// <summary>Any status → done, with an optional note of at most <see cref="MaxNoteLength"/> characters.</summary>
    public async Task<ProgressOutcome> DoneAsync(ulong memberId, string milestoneId, string? note, CancellationToken cancellationToken)
    {
        if (content.FindMilestone(milestoneId) is not { } milestone)
        {
            return Unknown(milestoneId);
        }

        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (trimmed is { Length: > MaxNoteLength })
        {
            var row = await progress.FindAsync(memberId, milestone.Id, cancellationToken).ConfigureAwait(false);
            return Same(ProgressOutcomeKind.NoteTooLong, milestone, row?.State ?? MilestoneStatus.NotStarted);
        }

        return await progress.ChangeAsync(memberId, milestone.Id, trimmed, current => current == MilestoneStatus.Done
            ? Same(ProgressOutcomeKind.AlreadyDone, milestone, current)
            : Change(ProgressOutcomeKind.Completed, milestone, current, MilestoneStatus.Done), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Not started or in progress → skipped. Done is refused (undo first).</summary>
    public Task<ProgressOutcome> SkipAsync(ulong memberId, string milestoneId, CancellationToken cancellationToken)
    {
        if (content.FindMilestone(milestoneId) is not { } milestone)
        {
            return Task.FromResult(Unknown(milestoneId));
        }

        return progress.ChangeAsync(memberId, milestone.Id, note: null, current => current switch
        {
            MilestoneStatus.Skipped => Same(ProgressOutcomeKind.AlreadySkipped, milestone, current),
            MilestoneStatus.Done => Same(ProgressOutcomeKind.SkipRefusedDone, milestone, current),
            _ => Change(ProgressOutcomeKind.Skipped, milestone, current, MilestoneStatus.Skipped),
        }, cancellationToken);
    }

    /// <summary>Reverts the last change on the milestone that is not undone yet, recording the undo.</summary>
    public async Task<ProgressOutcome> UndoAsync(ulong memberId, string milestoneId, CancellationToken cancellationToken)
    {
        if (content.FindMilestone(milestoneId) is not { } milestone)
        {
            return Unknown(milestoneId);
        }

        var undo = await progress.UndoAsync(memberId, milestone.Id, cancellationToken).ConfigureAwait(false);
        return undo is null
            ? Same(ProgressOutcomeKind.NothingToUndo, milestone, MilestoneStatus.NotStarted)
            : Change(ProgressOutcomeKind.Undone, milestone, undo.From, undo.To);
    }

    private static ProgressOutcome Change(ProgressOutcomeKind kind, Milestone milestone, MilestoneStatus before, MilestoneStatus after) =>
        new(kind, milestone.Id, before, after, ProgressMessages.For(kind, milestone.Title, after));

    private static ProgressOutcome Same(ProgressOutcomeKind kind, Milestone milestone, MilestoneStatus current) =>
        new(kind, milestone.Id, current, current, ProgressMessages.For(kind, milestone.Title, current));

    private ProgressOutcome Unknown(string milestoneId)
    {
        var suffix = DidYouMean.Suffix(milestoneId, content.Milestones.Select(m => m.Id));
        // Echoed inside a code span, so a backtick would end it early; long input is cut.
        var shown = milestoneId.Length > 100 ? milestoneId[..100] + "…" : milestoneId;
        var message = $"There is no milestone `{shown.Replace('`', '\'')}`.{suffix} /roadmap lists them all; nothing changed.";
        return new(ProgressOutcomeKind.UnknownMilestone, milestoneId, MilestoneStatus.NotStarted, MilestoneStatus.NotStarted, message);
    }
}
