using Roadmap.Bot.Content;
using Roadmap.Bot.Pictures;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Progress;

/// <summary>
/// Gathers what the progress card shows: counts, streak, open milestones, recent completions, the
/// estimate, and the chart of the last weeks (weeks.png, shown as the card's image).
/// </summary>
internal sealed class ProgressOverview(RoadmapContent content, ProgressStore progress, TimeProvider time, PictureMaker pictures)
{
    public const int RecentCount = 5;

    public async Task<Reply> BuildAsync(ulong memberId, string displayName, LearnerSnapshot learner, IReadOnlyList<ProgressRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(learner);
        ArgumentNullException.ThrowIfNull(rows);
        var report = ProgressReport.Of(content, learner.Statuses);
        var completions = await progress.CompletionTimesAsync(memberId, cancellationToken);
        var streak = WeeklyStreak.Of(completions, learner.Zone, time.GetUtcNow());
        var inProgress = content.Milestones.Where(m => learner.Statuses.Of(m.Id) == MilestoneStatus.InProgress).ToList();
        var recent = rows
            .Where(r => r.State == MilestoneStatus.Done && r.CompletedAt is not null)
            .Select(r => (Milestone: content.FindMilestone(r.MilestoneId), r.CompletedAt))
            .Where(r => r.Milestone is not null)
            .OrderByDescending(r => r.CompletedAt)
            .Take(RecentCount)
            .Select(r => new ProgressCard.Recent(r.Milestone!, r.CompletedAt!.Value))
            .ToList();
        var card = ProgressCard.Build(displayName, report, streak, inProgress, recent, learner.Estimate(report, time));
        var weeks = WeeklyStreak.History(completions, learner.Zone, time.GetUtcNow(), WeeksChart.Weeks);
        var chart = pictures.Make(WeeksChart.FileName, WeeksChart.KeyOf(weeks, streak), WeeksChart.Describe(weeks, streak), () => WeeksChart.Draw(weeks, streak));
        return chart is null
            ? Reply.Card(card)
            : Reply.Card(card with { Image = new EmbedImage { Url = chart.AttachmentUrl } }) with { File = chart };
    }
}
