using System.Text;
using Roadmap.Bot.Text;
using Roadmap.Discord;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Cohorts;

/// <summary>
/// <c>/cohort status</c> for one cohort: its dates, the member's milestones done (and accepted
/// submissions) and their place on the all-time board: among the members who share their progress,
/// by milestones done + accepted submissions, ties sharing a place, nobody with none on it. A member
/// who keeps their progress private sees their own count but no place: they are not on anyone's board.
/// </summary>
internal static class CohortStatusCard
{
    /// <summary>"12 of 53 milestones done", with "and 1 accepted submission" when there are any.</summary>
    private static string Yours(CohortStanding me, int total) =>
        me.Accepted == 0
            ? CohortReplies.Done(me.Done, total)
            : $"{CohortReplies.Done(me.Done, total)} and {me.Accepted} accepted {(me.Accepted == 1 ? "submission" : "submissions")}";

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
            text.Append("You: ").Append(Yours(me, total))
                .Append(". You keep your progress private, so you have no place among the ")
                .Append(me.Sharing).Append(" who share theirs (`/profile visibility:` changes that).");
        }
        else if (me.Score == 0)
        {
            text.Append("You: ").Append(Yours(me, total))
                .Append(". Finish a milestone (or have a challenge submission accepted) to get a place on the board, where ")
                .Append(me.Placed).Append(me.Placed == 1 ? " member is." : " members are.");
        }
        else
        {
            text.Append("You: ").Append(Yours(me, total)).Append(", **")
                .Append(CohortReplies.Ordinal(me.Place)).Append("**").Append(me.Level > 1 ? " (tied)" : "")
                .Append(" of ").Append(me.Placed).Append(me.Placed == 1 ? " member" : " members")
                .Append(" on the board (members who share their progress, by milestones done + accepted submissions).");
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
