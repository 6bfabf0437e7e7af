using System.Globalization;
using Roadmap.Bot.Cards;
using Roadmap.Bot.Content;
using Roadmap.Bot.Text;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Progress;

/// <summary>`/progress`: overall and per-stage bars, the weekly streak, what is open and what was finished lately.</summary>
internal static class ProgressCard
{
    public sealed record Recent(Milestone Milestone, DateTimeOffset CompletedAt);

    public static Embed Build(string memberName, ProgressReport report, WeeklyStreak streak, IReadOnlyList<Milestone> inProgress, IReadOnlyList<Recent> recent, FinishEstimate? estimate)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(streak);
        ArgumentNullException.ThrowIfNull(inProgress);
        ArgumentNullException.ThrowIfNull(recent);
        var stages = string.Join('\n', report.Stages.Select(s => $"`{ProgressBar.Render(s.Settled, 8),-13}` {s.Stage.Title} · {s.Done + s.Skipped}/{s.Total}"));
        var fields = new List<EmbedField>
        {
            new() { Name = "Stages", Value = stages },
            new() { Name = "Weekly streak", Value = StreakText.Describe(streak), Inline = true },
            new() { Name = "Finish estimate", Value = NextCard.Estimate(estimate), Inline = true },
        };

        if (inProgress.Count > 0)
        {
            fields.Add(new EmbedField { Name = "In progress", Value = string.Join('\n', inProgress.Take(10).Select(m => $"🔄 {m.Title} (`{m.Id}`)")) });
        }

        if (recent.Count > 0)
        {
            fields.Add(new EmbedField { Name = "Recently finished", Value = string.Join('\n', recent.Take(5).Select(r => string.Create(CultureInfo.InvariantCulture, $"✅ {r.Milestone.Title} · {r.CompletedAt:d MMM}"))) });
        }

        return new Embed
        {
            Title = $"{DiscordText.Truncate(memberName, 100)}'s progress",
            Description = string.Create(CultureInfo.InvariantCulture, $"{ProgressBar.Render(report.Settled, 16)}\n**{report.Done}** done · **{report.Skipped}** skipped · **{report.InProgress}** in progress · {report.Total} milestones"),
            Color = Colors.Progress,
            Fields = fields,
        };
    }
}
