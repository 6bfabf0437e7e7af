using System.Globalization;
using System.Text;
using Roadmap.Bot.Text;
using Roadmap.Discord;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Cohorts.Insights;

/// <summary>
/// <c>/mod insights</c> as text, complete without its picture: how many members are at each stage,
/// the milestones in progress longest, and how many keep their progress private (counted, not read).
/// </summary>
internal static class InsightsCard
{
    /// <summary>How many stalled milestones are listed.</summary>
    public const int Stalled = 5;

    public const string Rule = "A member's stage is the stage of the furthest milestone they have done. Only members who share their progress are counted in.";

    public static Embed Create(string scope, CohortInsights insights, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(insights);
        var text = new StringBuilder();
        if (insights.Sharing == 0)
        {
            text.AppendLine(insights.Members == 0 ? "Nobody here has used the roadmap yet." : "Nobody here shares their progress yet.");
        }
        else
        {
            text.AppendLine("**Members at each stage**");
            foreach (var stage in insights.Stages.Where(s => s.Members > 0))
            {
                text.Append(DiscordText.Escape(stage.Title)).Append(": ").Append(stage.Members).AppendLine();
            }

            text.AppendLine().AppendLine("**In progress the longest**");
            if (insights.Stalled.Count == 0)
            {
                text.AppendLine("No milestone is in progress right now.");
            }

            var place = 0;
            foreach (var stalled in insights.Stalled.Take(Stalled))
            {
                text.Append(CultureInfo.InvariantCulture, $"{++place}. **{DiscordText.Escape(stalled.Milestone.Title)}** ({DiscordText.Escape(stalled.Stage.Title)}) · ")
                    .Append(Count(stalled.Members, "member", "members"))
                    .Append(", open ").Append(Count(Days(now, stalled.AverageStartedAt), "day", "days"))
                    .Append(" on average, the longest ").AppendLine(Count(Days(now, stalled.OldestStartedAt), "day", "days"));
            }
        }

        if (insights.Private > 0)
        {
            text.AppendLine().Append("And ").Append(insights.Private).Append(insights.Private == 1 ? " more keeps" : " more keep").AppendLine(" their progress private.");
        }

        return new Embed
        {
            Title = DiscordText.Truncate($"Insights: {scope}", DiscordLimits.EmbedTitle),
            Description = DiscordText.Truncate(text.ToString().TrimEnd(), DiscordLimits.EmbedDescription),
            Color = Cards.Colors.Cohort,
            Footer = new EmbedFooter { Text = Rule },
        };
    }

    private static int Days(DateTimeOffset now, DateTimeOffset since) => Math.Max(0, (int)(now - since).TotalDays);

    private static string Count(int count, string one, string many) => count == 1 ? "1 " + one : $"{count} {many}";
}
