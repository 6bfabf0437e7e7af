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
public sealed class StatusChanges(RoadmapContent content, ProgressService progress, LearnerReader learners, ContentChoices<Milestone> milestones)
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

    /// <summary>The service's sentence, plus what a learner wants to know next after a change.</summary>
    private Reply Word(ProgressOutcome outcome, Milestone milestone, LearnerStatuses statuses)
    {
        if (!outcome.IsChange)
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
        var report = Progress.Of(content, statuses);
        return $"Track: `{Text.ProgressBar.Render(report.Settled)}` ({report.Done} done)";
    }

    private string NextLine(LearnerStatuses statuses)
    {
        var next = Coach.SuggestNext(content, statuses);
        return next.Milestone is { } milestone ? $"Next up: **{milestone.Title}** (`/next` says why)." : "That was the last one: the whole track is behind you. 🎉";
    }
}
