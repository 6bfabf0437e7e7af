using Roadmap.Bot.Content;
using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Progress;

/// <summary>
/// Applies /start, /done, /skip and /undo (typed or clicked) and words the outcome. The four
/// commands and the buttons all come through here, so they answer alike, and every change written
/// passes through the registered <see cref="IProgressReplyFinisher"/>s.
/// </summary>
internal sealed class StatusChanges(RoadmapContent content, ProgressService progress, ContentChoices<Milestone> milestones, IEnumerable<IProgressReplyFinisher> finishers)
{
    public async Task<Reply> ApplyAsync(StatusAction action, ulong memberId, string typedMilestone, string? note, CancellationToken cancellationToken)
    {
        // The one place a typed or clicked milestone is resolved, and the one "unknown milestone" answer.
        if (milestones.Find(typedMilestone) is not { } milestone)
        {
            return milestones.Unknown(typedMilestone);
        }

        var outcome = action switch
        {
            StatusAction.Start => await progress.StartAsync(memberId, milestone, cancellationToken),
            StatusAction.Done => await progress.DoneAsync(memberId, milestone, note, cancellationToken),
            StatusAction.Skip => await progress.SkipAsync(memberId, milestone, cancellationToken),
            StatusAction.Undo => await progress.UndoAsync(memberId, milestone, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Not a status change."),
        };

        var reply = Word(outcome, milestone) with { Ephemeral = true };
        if (!outcome.IsChange)
        {
            return reply;
        }

        foreach (var finisher in finishers)
        {
            reply = await finisher.FinishAsync(memberId, outcome, reply, cancellationToken);
        }

        return reply;
    }

    /// <summary>The service's sentence, plus what a learner wants to know next after a change.</summary>
    private Reply Word(ProgressOutcome outcome, Milestone milestone)
    {
        if (outcome.StatusesAfter is not { } statuses)
        {
            return Reply.Problem(outcome.Message);
        }

        var text = outcome.Kind switch
        {
            ProgressOutcomeKind.Started => $"🔄 {outcome.Message} Its checklist and resources: `/step milestone:{milestone.Id}`.",
            ProgressOutcomeKind.Completed => $"✅ {outcome.Message} {Overall(statuses)}\n{NextLine(statuses)}",
            ProgressOutcomeKind.Skipped => $"⏭️ {outcome.Message}\n{NextLine(statuses)}",
            _ => $"↩️ {outcome.Message}",
        };
        return Reply.Text(text) with { Components = [ProgressButtons.For(milestone.Id, statuses.Of(milestone.Id))] };
    }

    private string Overall(LearnerStatuses statuses)
    {
        var report = ProgressReport.Of(content, statuses);
        return $"Track: `{Text.ProgressBar.Render(report.Settled)}` ({report.Done} done)";
    }

    private string NextLine(LearnerStatuses statuses)
    {
        var next = Coach.SuggestNext(content, statuses);
        return next.Milestone is { } milestone ? $"Next up: **{milestone.Title}** (`/next` says why)." : "That was the last one: the whole track is behind you. 🎉";
    }
}
