using Roadmap.Bot.Content;
using Roadmap.Bot.Progress;

namespace Roadmap.Bot.Nudges;

/// <summary>
/// Reads what a member's nudge says at the moment it is sent: every sender composes through here,
/// so Discord and local mode say the same thing.
/// </summary>
internal sealed class NudgeComposer(RoadmapContent content, LearnerReader learners, ProgressStore progress, TimeProvider time)
{
    /// <summary>"Last week" in the nudge: the seven days before it is sent, whatever weekday the member picked.</summary>
    public static readonly TimeSpan LastWeek = TimeSpan.FromDays(7);

    public async Task<ComposedNudge> ComposeAsync(DueNudge nudge, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nudge);
        var now = time.GetUtcNow();
        var (learner, rows) = await learners.ReadWithRowsAsync(nudge.MemberId, cancellationToken);
        var completions = await progress.CompletionTimesAsync(nudge.MemberId, cancellationToken);
        var suggestion = Coach.SuggestNext(content, learner.Statuses);
        var finished = rows
            .Where(r => r.State == MilestoneStatus.Done && r.CompletedAt is { } at && at > now - LastWeek && at <= now)
            .OrderBy(r => r.CompletedAt)
            .Select(r => content.FindMilestone(r.MilestoneId))
            .OfType<Milestone>()
            .ToList();
        var facts = new NudgeFacts(
            nudge.MemberId,
            suggestion,
            suggestion.Milestone is { } milestone ? learner.Statuses.Of(milestone.Id) : MilestoneStatus.NotStarted,
            finished,
            WeeklyStreak.Of(completions, learner.Zone, now),
            learner.Estimate(ProgressReport.Of(content, learner.Statuses), time),
            nudge.IsLate,
            nudge.AsksKeep ? nudge.DueAt : null);
        return new ComposedNudge(NudgeMessage.Build(content, facts), suggestion.Milestone?.Id);
    }
}
