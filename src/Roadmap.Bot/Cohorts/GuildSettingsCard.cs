using Roadmap.Bot.Text;
using Roadmap.Discord;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Cohorts;

/// <summary>
/// <c>/mod config show</c>: the server's settings, each with the command that changes it, and the
/// scheduled posts that failed lately, so a failure at night is not found out only by its silence.
/// </summary>
internal static class GuildSettingsCard
{
    public static Embed Create(GuildSettings settings, IReadOnlyList<FailedPostRow> failed)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(failed);
        var channel = settings.NudgeChannelId is { } channelId ? $"<#{channelId}>" : "none set";
        var role = settings.ModeratorRoleId is { } roleId ? $"<@&{roleId}>, besides members with Manage Server" : "none: only members with Manage Server";
        return new Embed
        {
            Title = "This server's settings",
            // Ten long titles and reasons could pass the embed's limit; the newest come first and stay.
            Description = DiscordText.Truncate(string.Join('\n',
                $"**Nudge channel:** {channel}",
                $"**Moderators:** {role}",
                "",
                failed.Count == 0
                    ? "**Failed scheduled posts:** none."
                    : $"**Failed scheduled posts** (the latest {failed.Count}, newest first):\n" + string.Join('\n', failed.Select(FailedPostText.Line))), DiscordLimits.EmbedDescription),
            Color = Cards.Colors.Help,
            Footer = new EmbedFooter { Text = "/mod config nudge-channel channel: · /mod config moderator-role role:" },
        };
    }
}
