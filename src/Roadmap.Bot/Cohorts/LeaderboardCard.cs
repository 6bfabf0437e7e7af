using System.Text;
using Roadmap.Bot.Text;
using Roadmap.Discord;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Cohorts;

/// <summary>
/// <c>/mod leaderboard</c> (and the digest's board): the members who share their progress, by score
/// in the period (milestones done plus challenge submissions accepted), with both numbers on each
/// row, ties sharing a place, nobody with a score of zero; members who keep their progress private
/// are not named, only counted ("and N more").
/// </summary>
internal static class LeaderboardCard
{
    /// <summary>How many members are named; the rest are counted.</summary>
    public const int Shown = 20;

    /// <summary>The rule, said where the board is read.</summary>
    public const string Rule = "Score: milestones done in the period + challenge submissions accepted in it (on time). Ties share a place; members with none are not listed; an undone milestone does not count.";

    public static Embed Create(string scope, string period, Leaderboard board)
    {
        ArgumentNullException.ThrowIfNull(board);
        var text = new StringBuilder();
        foreach (var row in board.Listed.Take(Shown))
        {
            text.Append(row.Place).Append(". <@").Append(row.MemberId).Append("> · **").Append(row.Score).Append("** (")
                .Append(Count(row.Done, "milestone", "milestones")).Append(", ")
                .Append(Count(row.Accepted, "accepted submission", "accepted submissions")).AppendLine(")");
        }

        var unnamed = board.Sharing - Math.Min(board.Listed.Count, Shown);
        if (unnamed > 0)
        {
            text.Append("… and ").Append(unnamed).AppendLine(" more.");
        }

        if (board.Private > 0)
        {
            text.Append("And ").Append(board.Private).Append(board.Private == 1 ? " more who keeps" : " more who keep").AppendLine(" their progress private.");
        }

        return new Embed
        {
            Title = DiscordText.Truncate($"Leaderboard: {scope}, {period}", DiscordLimits.EmbedTitle),
            Description = board.Members == 0
                ? $"Nobody has finished a milestone or had a submission accepted in {period} yet."
                : DiscordText.Truncate(text.ToString().TrimEnd(), DiscordLimits.EmbedDescription),
            Color = Cards.Colors.Cohort,
            Footer = new EmbedFooter { Text = Rule },
        };
    }

    private static string Count(int count, string one, string many) => count == 1 ? "1 " + one : $"{count} {many}";
}
