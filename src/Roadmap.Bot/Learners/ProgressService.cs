using NodaTime;
using Roadmap.Bot.Coaching;

namespace Roadmap.Bot.Learners;

/// <summary>
/// The rules of status changes. Each method returns an outcome; refusals and no-ops write nothing,
/// and every change writes exactly one history event.
/// </summary>
public sealed class ProgressService(ProgressStore progress, MemberStore members, TimeProvider time)
{
    public const int MaxNoteLength = 500;

    /// <summary>Not started or skipped → in progress. Done is refused (undo first).</summary>
    public Task<ProgressOutcome> StartAsync(ulong memberId, string milestoneId, CancellationToken cancellationToken) =>
        progress.ChangeAsync(memberId, milestoneId, note: null, current => current switch
        {
            MilestoneStatus.InProgress => ProgressOutcome.NoChange(ProgressOutcomeKind.AlreadyInProgress, milestoneId, current),
            MilestoneStatus.Done => ProgressOutcome.NoChange(ProgressOutcomeKind.StartRefusedDone, milestoneId, current),
            _ => ProgressOutcome.Change(ProgressOutcomeKind.Started, milestoneId, current, MilestoneStatus.InProgress),
        }, cancellationToken);

    /// <summary>Any status → done, with an optional note of at most <see cref="MaxNoteLength"/> characters.</summary>
    public async Task<ProgressOutcome> DoneAsync(ulong memberId, string milestoneId, string? note, CancellationToken cancellationToken)
    {
        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (trimmed is { Length: > MaxNoteLength })
        {
            var row = await progress.FindAsync(memberId, milestoneId, cancellationToken).ConfigureAwait(false);
            return ProgressOutcome.NoChange(ProgressOutcomeKind.NoteTooLong, milestoneId, row?.State ?? MilestoneStatus.NotStarted);
        }

        return await progress.ChangeAsync(memberId, milestoneId, trimmed, current => current == MilestoneStatus.Done
            ? ProgressOutcome.NoChange(ProgressOutcomeKind.AlreadyDone, milestoneId, current)
            : ProgressOutcome.Change(ProgressOutcomeKind.Completed, milestoneId, current, MilestoneStatus.Done), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Not started or in progress → skipped. Done is refused (undo first).</summary>
    public Task<ProgressOutcome> SkipAsync(ulong memberId, string milestoneId, CancellationToken cancellationToken) =>
        progress.ChangeAsync(memberId, milestoneId, note: null, current => current switch
        {
            MilestoneStatus.Skipped => ProgressOutcome.NoChange(ProgressOutcomeKind.AlreadySkipped, milestoneId, current),
            MilestoneStatus.Done => ProgressOutcome.NoChange(ProgressOutcomeKind.SkipRefusedDone, milestoneId, current),
            _ => ProgressOutcome.Change(ProgressOutcomeKind.Skipped, milestoneId, current, MilestoneStatus.Skipped),
        }, cancellationToken);

    /// <summary>Reverts the last change on the milestone that is not undone yet, recording the undo.</summary>
    public async Task<ProgressOutcome> UndoAsync(ulong memberId, string milestoneId, CancellationToken cancellationToken)
    {
        var undo = await progress.UndoAsync(memberId, milestoneId, cancellationToken).ConfigureAwait(false);
        return undo is null
            ? ProgressOutcome.NoChange(ProgressOutcomeKind.NothingToUndo, milestoneId, MilestoneStatus.NotStarted)
            : ProgressOutcome.Change(ProgressOutcomeKind.Undone, milestoneId, undo.From, undo.To);
    }

    /// <summary>The member's weekly streak (see <see cref="WeeklyStreak"/>) in their time zone, UTC if unset.</summary>
    public async Task<int> WeeklyStreakAsync(ulong memberId, CancellationToken cancellationToken)
    {
        var member = await members.FindAsync(memberId, cancellationToken).ConfigureAwait(false);
        var zone = member?.TimeZone is { } id ? DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) ?? DateTimeZone.Utc : DateTimeZone.Utc;
        var completions = await progress.CompletionTimesAsync(memberId, cancellationToken).ConfigureAwait(false);
        return WeeklyStreak.Count(completions, zone, time.GetUtcNow());
    }
}
