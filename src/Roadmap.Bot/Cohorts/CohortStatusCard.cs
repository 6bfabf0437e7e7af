using System.Text;
using Roadmap.Bot.Text;
using Roadmap.Discord;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Cohorts;

/// <summary>
/// <c>/cohort status</c> for one cohort: its dates, the member's milestones done and their place among
/// the members who share their progress (ties share a place). A member who keeps their progress
/// private sees their own count but no place: they are not on anyone's board.
/// </summary>
internal static class CohortStatusCard
{
    public static Embed Create(Cohort cohort, CohortStanding me, int total, IReadOnlyList<string> sections)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(me);
        ArgumentNullException.ThrowIfNull(sections);
        var text = new StringBuilder().AppendLine(CohortReplies.Dates(cohort));
        if (!me.IsMember)
        {
            text.Append("You're not in this cohort. Join it with `/cohort join`.");
        }
        else if (!me.Shares)
        {
            text.Append("You: ").Append(CohortReplies.Done(me.Done, total))
                .Append(". You keep your progress private, so you have no place among the ")
                .Append(me.Sharing).Append(" who share theirs (`/profile visibility:` changes that).");
        }
        else
        {
            text.Append("You: ").Append(CohortReplies.Done(me.Done, total)).Append(", **")
                .Append(CohortReplies.Ordinal(me.Place)).Append("**").Append(me.Level > 1 ? " (tied)" : "")
                .Append(" of ").Append(me.Sharing).Append(me.Sharing == 1 ? " member who shares" : " members who share").Append(" their progress.");
        }

        foreach (var section in sections)
        {
            text.Append("\n\n").Append(section);
        }

        return new Embed
        {
            Title = DiscordText.Truncate(cohort.Name, DiscordLimits.EmbedTitle),
            Description = DiscordText.Truncate(text.ToString(), DiscordLimits.EmbedDescription),
            Color = Cards.Colors.Cohort,
            Footer = new EmbedFooter { Text = $"{me.Members} {(me.Members == 1 ? "member" : "members")} · /cohort list · /cohort leave" },
        };
    }
}
