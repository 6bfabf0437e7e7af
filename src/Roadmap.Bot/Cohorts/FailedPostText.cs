using System.Globalization;
using Roadmap.Bot.Text;
using Roadmap.Discord.Rest;

namespace Roadmap.Bot.Cohorts;

/// <summary>One failed scheduled post as a moderator reads it in <c>/mod config show</c>: what, when, and what Discord said.</summary>
internal static class FailedPostText
{
    public static string Line(FailedPostRow post)
    {
        ArgumentNullException.ThrowIfNull(post);
        var when = post.FinishedAt is { } at ? ModeratorTime.Show(at) : ModeratorTime.Show(post.DueAt);
        return $"• {What(post)}, {when}: {Why(post)}";
    }

    private static string What(FailedPostRow post)
    {
        var subject = post.Subject is { } name ? $"**{DiscordText.Escape(DiscordText.Truncate(name, 60))}**" : null;
        var cohort = post.CohortName is { } cohortName ? $" ({DiscordText.Escape(DiscordText.Truncate(cohortName, 40))})" : "";
        return post.Kind switch
        {
            "digest" => $"The weekly digest of {subject ?? "a cohort that no longer exists"}",
            "nudge" => $"The weekly nudge for <@{post.SubjectId.ToString(CultureInfo.InvariantCulture)}> (their direct messages are closed) in the nudge channel",
            "reminder" => $"The reminder for {subject ?? "a challenge that no longer exists"}{cohort}",
            _ => $"The results of {subject ?? "a challenge that no longer exists"}{cohort}",
        };
    }

    private static string Why(FailedPostRow post)
    {
        var channel = post.Kind == "nudge" ? "the nudge channel" : "the cohort's channel";
        var reason = post.Reason is { } said ? DiscordText.Escape(DiscordText.Truncate(said, 120)) : null;
        return post.ErrorCode switch
        {
            DiscordErrorCodes.MissingAccess => $"Discord said **Missing Access** (error {DiscordErrorCodes.MissingAccess}): the bot can't see {channel}. Give it **View Channel** there.",
            DiscordErrorCodes.MissingPermissions => $"Discord said **Missing Permissions** (error {DiscordErrorCodes.MissingPermissions}): give the bot **Send Messages** and **Embed Links** in {channel}.",
            DiscordErrorCodes.UnknownChannel => $"Discord said **Unknown Channel** (error {DiscordErrorCodes.UnknownChannel}): {channel} was deleted.",
            { } code => $"Discord refused it (error {code}){(reason is null ? "." : $": {reason}.")}",
            null => reason is null ? "it failed." : $"{reason}.",
        };
    }
}
