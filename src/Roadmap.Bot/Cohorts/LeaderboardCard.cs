using System.Text;
using Roadmap.Bot.Text;
using Roadmap.Discord;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Cohorts;

/// <summary>
/// <c>/mod leaderboard</c>: the members who share their progress, by milestones done in the period,
/// ties sharing a place, nobody with none; members who keep their progress private are not named,
/// only counted ("and N more").
/// </summary>
internal static class LeaderboardCard
{
    /// <summary>How many places are named; the rest are counted.</summary>
    public const int Shown = 20;

    public static Embed Create(string scope, string period, IReadOnlyList<LeaderboardRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var sharing = rows.Where(r => !r.IsPrivate).ToList();
        var hidden = rows.Count - sharing.Count;
        var text = new StringBuilder();
        var rank = 0;
        for (var i = 0; i < sharing.Count && i < Shown; i++)
        {
            rank = i > 0 && sharing[i - 1].Done == sharing[i].Done ? rank : i + 1;
            text.Append(rank).Append(". <@").Append(sharing[i].MemberId).Append("> · ")
                .Append(sharing[i].Done).AppendLine(sharing[i].Done == 1 ? " milestone" : " milestones");
        }

        if (sharing.Count > Shown)
        {
            text.Append("… and ").Append(sharing.Count - Shown).AppendLine(" more with fewer.");
        }

        if (hidden > 0)
        {
            text.Append("And ").Append(hidden).Append(hidden == 1 ? " more who keeps" : " more who keep").AppendLine(" their progress private.");
        }

        return new Embed
        {
            Title = DiscordText.Truncate($"Leaderboard: {scope}, {period}", DiscordLimits.EmbedTitle),
            Description = rows.Count == 0 ? $"Nobody has finished a milestone in {period} yet." : text.ToString().TrimEnd(),
            Color = Cards.Colors.Cohort,
            Footer = new EmbedFooter { Text = "Milestones done in the period; ties share a place; members with none are not listed." },
        };
    }
}
