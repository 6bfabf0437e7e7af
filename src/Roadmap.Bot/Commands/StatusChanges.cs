using Roadmap.Bot.Cards;
using Roadmap.Bot.Coaching;
using Roadmap.Bot.Content;
using Roadmap.Bot.Learners;
using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Commands;

/// <summary>
/// Applies /start, /done, /skip and /undo (typed or clicked) and words the outcome. The four
/// commands and the buttons all come through here, so they answer alike.
/// </summary>
public sealed class StatusChanges(RoadmapContent content, ProgressService progress, LearnerReader learners, MilestoneChoices milestones)
{
    public async Task<Reply> ApplyAsync(string action, ulong memberId, string typedMilestone, string? note, CancellationToken cancellationToken)
    {
        if (milestones.Find(typedMilestone) is not { } milestone)
        {
            return milestones.Unknown(typedMilestone);
        }

        var outcome = action switch
        {
            "start" => await progress.StartAsync(memberId, milestone.Id, cancellationToken).ConfigureAwait(false),
            "done" => await progress.DoneAsync(memberId, milestone.Id, note, cancellationToken).ConfigureAwait(false),
            "skip" => await progress.SkipAsync(memberId, milestone.Id, cancellationToken).ConfigureAwait(false),
            "undo" => await progress.UndoAsync(memberId, milestone.Id, cancellationToken).ConfigureAwait(false),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Not a status change."),
        };

        var after = await learners.ReadAsync(memberId, cancellationToken).ConfigureAwait(false);
        return Word(outcome, milestone, after.Statuses) with { Ephemeral = true };
    }

    private Reply Word(ProgressOutcome outcome, Milestone milestone, LearnerStatuses statuses)
    {
        var name = $"**{milestone.Title}**";
        var buttons = ProgressButtons.For(milestone.Id, statuses.Of(milestone.Id));
        return outcome.Kind switch
        {
            ProgressOutcomeKind.Started => Reply.Text($"🔄 Started {name}. Work through its checklist (`/step milestone:{milestone.Id}`) and mark it done when you're through.") with { Components = [buttons] },
            ProgressOutcomeKind.Completed => Reply.Text($"✅ {name} is done. {Overall(statuses)}\n{NextLine(statuses)}") with { Components = [buttons] },
            ProgressOutcomeKind.Skipped => Reply.Text($"⏭️ Skipped {name}. Come back to it any time with `/start milestone:{milestone.Id}`.\n{NextLine(statuses)}") with { Components = [buttons] },
            ProgressOutcomeKind.Undone => Reply.Text($"↩️ Undid your last change to {name}: it is {StatusIcons.Word(outcome.After)} again.") with { Components = [buttons] },
            ProgressOutcomeKind.AlreadyInProgress => Reply.Problem($"You're already working on {name}. When it's finished, use `/done milestone:{milestone.Id}`."),
            ProgressOutcomeKind.AlreadyDone => Reply.Problem($"{name} is already done. Nothing changed."),
            ProgressOutcomeKind.AlreadySkipped => Reply.Problem($"{name} is already skipped. To pick it up, use `/start milestone:{milestone.Id}`."),
            ProgressOutcomeKind.StartRefusedDone => Reply.Problem($"{name} is already done. To work on it again, `/undo milestone:{milestone.Id}` first."),
            ProgressOutcomeKind.SkipRefusedDone => Reply.Problem($"{name} is done, so there is nothing to skip. If marking it done was a mistake, use `/undo milestone:{milestone.Id}`."),
            ProgressOutcomeKind.NoteTooLong => Reply.Problem($"Notes can be at most {ProgressService.MaxNoteLength} characters. Shorten yours and try again; nothing was saved."),
            ProgressOutcomeKind.NothingToUndo => Reply.Problem($"There is nothing to undo on {name}: you have not changed it yet."),
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome.Kind, "Unknown outcome."),
        };
    }

    private string Overall(LearnerStatuses statuses)
    {
        var report = Progress.Of(content, statuses);
        return $"Track: `{Text.ProgressBar.Render(report.Settled)}` ({report.Done} done)";
    }

    private string NextLine(LearnerStatuses statuses)
    {
        var next = Coach.SuggestNext(content, statuses);
        return next.Milestone is { } milestone ? $"Next up: **{milestone.Title}** (`/next` says why)." : "That was the last one: the whole track is behind you. 🎉";
    }
}
