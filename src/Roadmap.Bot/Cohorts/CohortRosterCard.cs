using System.Text;
using Roadmap.Bot.Text;
using Roadmap.Discord;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Cohorts;

/// <summary>
/// The moderators' roster: every member, most milestones done first, with their time zone. A member
/// whose visibility is private is listed (a moderator needs to know who is in the cohort) but without
/// their progress or time zone, after those who share: private means private to moderators too.
/// </summary>
internal static class CohortRosterCard
{
    public static Embed Create(Cohort cohort, IReadOnlyList<CohortRosterRow> members, int total)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(members);
        var sharing = members.Where(m => !m.IsPrivate).ToList();
        var lines = new List<string>(members.Count);
        var rank = 0;
        for (var i = 0; i < sharing.Count; i++)
        {
            // The store sorts by milestones done, so a tie is the row before having the same count.
            var m = sharing[i];
            rank = i > 0 && sharing[i - 1].Done == m.Done ? rank : i + 1;
            lines.Add($"{rank}. <@{m.MemberId}> · {CohortReplies.Done(m.Done, total)} · {(m.TimeZone is { } zone ? DiscordText.Escape(zone) : "no time zone set")}");
        }

        lines.AddRange(members.Where(m => m.IsPrivate).Select(m => $"· <@{m.MemberId}> · keeps their progress private"));

        return new Embed
        {
            Title = DiscordText.Truncate($"{cohort.Name}{(cohort.IsArchived ? " (archived)" : "")}: {Members(members.Count)}", DiscordLimits.EmbedTitle),
            Description = members.Count == 0
                ? "Nobody has joined yet. Members join with `/cohort join`."
                : Fit(lines),
            Color = Cards.Colors.Cohort,
            Footer = new EmbedFooter { Text = "Sorted by milestones done; ties share a place. Members who keep their progress private are listed last, without it." },
        };
    }

    private static string Members(int count) => count == 1 ? "1 member" : $"{count} members";

    /// <summary>As many lines as fit in an embed, then how many more there are.</summary>
    private static string Fit(List<string> lines)
    {
        var text = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            var more = $"… and {lines.Count - i} more.";
            if (text.Length + lines[i].Length + 1 + more.Length + 1 > DiscordLimits.EmbedDescription)
            {
                return text.Append(more).ToString();
            }

            text.AppendLine(lines[i]);
        }

        return text.ToString().TrimEnd();
    }
}
