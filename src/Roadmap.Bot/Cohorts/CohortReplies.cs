using System.Globalization;
using System.Text;
using Roadmap.Bot.Text;

namespace Roadmap.Bot.Cohorts;

/// <summary>How a cohort reads in answers: its name, dates as Discord timestamps (each reader sees their own zone), its channel and role.</summary>
internal static class CohortReplies
{
    public static string Created(Cohort cohort)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var text = new StringBuilder()
            .Append("✅ Created the cohort **").Append(DiscordText.Escape(cohort.Name)).AppendLine("**.")
            .AppendLine(Dates(cohort));
        if (cohort.ChannelId is { } channel)
        {
            text.Append("Home channel: <#").Append(channel).AppendLine(">");
        }

        if (cohort.RoleId is { } role)
        {
            text.Append("Role: <@&").Append(role).AppendLine(">");
        }

        return text.Append("Members join with `/cohort join`; `/mod cohort members` shows who is in and how far each has come.").ToString();
    }

    /// <summary>"Starts …, ends …", each as a full Discord timestamp with how far away it is.</summary>
    public static string Dates(Cohort cohort)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var starts = "Starts " + ModeratorTime.Show(cohort.StartsAt);
        return cohort.EndsAt is { } ends ? $"{starts}, ends {ModeratorTime.Show(ends)}." : starts + ", with no end date.";
    }

    /// <summary>One line of a list: the name, the dates as short Discord dates, and whether the reader is in it.</summary>
    public static string Line(Cohort cohort, bool isMember)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var starts = cohort.StartsAt.ToUnixTimeSeconds();
        var dates = cohort.EndsAt is { } ends ? $"<t:{starts}:D> – <t:{ends.ToUnixTimeSeconds()}:D>" : $"from <t:{starts}:D>";
        var line = $"**{DiscordText.Escape(cohort.Name)}** · {dates}{(isMember ? " · ✅ you're in" : "")}";
        return cohort.Description is { } about ? line + "\n" + DiscordText.Escape(DiscordText.Truncate(about, 150)) : line;
    }

    /// <summary>
    /// "12 of 64 milestones done". A count kept in the database includes milestones a later roadmap
    /// dropped, so it is shown at most the roadmap's total.
    /// </summary>
    public static string Done(int done, int total) => $"{Math.Min(done, total)} of {total} milestones done";

    /// <summary>1st, 2nd, 3rd, 4th, 11th, 12th, 21st…</summary>
    public static string Ordinal(int rank) => rank.ToString(CultureInfo.InvariantCulture) + ((rank % 100) switch
    {
        11 or 12 or 13 => "th",
        _ => (rank % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        },
    });
}
