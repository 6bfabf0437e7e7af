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
    public static Embed Create(Cohort cohort, ulong memberId, IReadOnlyList<CohortMemberRow> members, int total, IReadOnlyList<string> sections)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(sections);
        var text = new StringBuilder().AppendLine(CohortReplies.Dates(cohort));
        var sharing = members.Where(m => !m.IsPrivate).ToList();
        var me = members.FirstOrDefault(m => m.MemberId == memberId);
        if (me is null)
        {
            text.Append("You're not in this cohort. Join it with `/cohort join`.");
        }
        else if (me.IsPrivate)
        {
            text.Append("You: ").Append(CohortReplies.Done(me.Done, total))
                .Append(". You keep your progress private, so you have no place among the ")
                .Append(sharing.Count).Append(" who share theirs (`/profile visibility:` changes that).");
        }
        else
        {
            var rank = CohortStandings.RankOf(sharing, me.Done);
            var tied = sharing.Count(m => m.Done == me.Done) > 1 ? " (tied)" : "";
            text.Append("You: ").Append(CohortReplies.Done(me.Done, total)).Append(", **")
                .Append(CohortReplies.Ordinal(rank)).Append("**").Append(tied)
                .Append(" of ").Append(sharing.Count).Append(sharing.Count == 1 ? " member who shares" : " members who share").Append(" their progress.");
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
            Footer = new EmbedFooter { Text = $"{members.Count} {(members.Count == 1 ? "member" : "members")} · /cohort list · /cohort leave" },
        };
    }
}
