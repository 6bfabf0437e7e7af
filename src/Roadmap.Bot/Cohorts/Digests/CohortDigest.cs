using System.Globalization;
using System.Text;
using Roadmap.Bot.Nudges;
using Roadmap.Bot.Text;
using Roadmap.Discord;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Cohorts.Digests;

/// <summary>
/// The weekly digest a cohort's channel gets: what its members finished in the last 7 days (named
/// only when they share their progress), its open challenges with their due dates and how many
/// submitted, and the week's board (<see cref="LeaderboardCard"/>, the same fair rules as
/// <c>/mod leaderboard</c>). Mentions are off, as in every <see cref="Reply"/>.
/// </summary>
internal static class CohortDigest
{
    /// <summary>At most this many members are named as finishing something; the rest are counted.</summary>
    public const int Named = 25;

    /// <summary>Names the digest of one cohort for one due time, so a retry after a crash is answered with the first message.</summary>
    public static string Nonce(long cohortId, DateTimeOffset dueAt) =>
        $"d{NudgeNonce.Base36((ulong)cohortId)}-{NudgeNonce.Base36((ulong)(dueAt.ToUnixTimeSeconds() / 60))}";

    /// <param name="cohort">The cohort the digest is for.</param>
    /// <param name="week">The last 7 days' board (<see cref="LeaderboardStore"/>), naming up to <see cref="Named"/> members.</param>
    /// <param name="open">The cohort's open challenges, soonest due first.</param>
    /// <param name="late">The bot was not running at the due time, so the digest comes after it.</param>
    public static Reply Compose(Cohort cohort, Leaderboard week, IReadOnlyList<OpenChallenge> open, bool late)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(week);
        ArgumentNullException.ThrowIfNull(open);
        var text = new StringBuilder("**Finished in the last 7 days**\n").Append(Completions(week)).Append("\n\n**Open challenges**\n");
        if (open.Count == 0)
        {
            text.Append("None right now.");
        }

        foreach (var (challenge, submitted) in open)
        {
            text.Append(CultureInfo.InvariantCulture, $"- **{DiscordText.Escape(challenge.Title)}** (#{challenge.Id}) · due {ModeratorTime.Show(challenge.DueAt)} · {submitted} submitted\n");
        }

        var footer = $"{cohort.Name} · every Monday at 09:00 UTC";
        var digest = new Embed
        {
            Title = DiscordText.Truncate($"This week in {cohort.Name}", DiscordLimits.EmbedTitle),
            Description = DiscordText.Truncate(text.ToString().TrimEnd(), DiscordLimits.EmbedDescription),
            Color = Cards.Colors.Cohort,
            Footer = new EmbedFooter { Text = late ? footer + " · posted late, as the bot was offline then" : footer },
        };
        return week.Members == 0
            ? Reply.Card(digest)
            : new Reply { Embeds = [digest, LeaderboardCard.Create(cohort.Name, LeaderboardPeriod.Describe(LeaderboardPeriod.Week), week)] };
    }

    /// <summary>"7 milestones and 1 accepted submission by 3 members: @Ada, @Grace and 1 more." Private members are only counted.</summary>
    private static string Completions(Leaderboard week)
    {
        if (week.Members == 0)
        {
            return "No milestones this week. A fresh week starts now.";
        }

        var what = Count(week.Milestones, "milestone", "milestones");
        if (week.Accepted > 0)
        {
            what += " and " + Count(week.Accepted, "accepted submission", "accepted submissions");
        }

        var named = week.Listed.Take(Named).Select(r => $"<@{r.MemberId}>").ToList();
        var more = week.Members - named.Count;
        var who = (named.Count, more) switch
        {
            (0, _) => $"{more} {(more == 1 ? "member who keeps" : "members who keep")} their progress private",
            (_, 0) => string.Join(", ", named),
            _ => $"{string.Join(", ", named)} and {more} more",
        };
        return $"{what} by {week.Members} {(week.Members == 1 ? "member" : "members")}: {who}.";
    }

    private static string Count(int count, string one, string many) => count == 1 ? "1 " + one : $"{count} {many}";
}
