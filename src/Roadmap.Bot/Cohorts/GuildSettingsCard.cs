using Roadmap.Discord.Models;

namespace Roadmap.Bot.Cohorts;

/// <summary><c>/mod config show</c>: the server's settings, each with the command that changes it.</summary>
internal static class GuildSettingsCard
{
    public static Embed Create(GuildSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var channel = settings.NudgeChannelId is { } channelId ? $"<#{channelId}>" : "none set";
        var role = settings.ModeratorRoleId is { } roleId ? $"<@&{roleId}>, besides members with Manage Server" : "none: only members with Manage Server";
        return new Embed
        {
            Title = "This server's settings",
            Description = string.Join('\n',
                $"**Nudge channel:** {channel}",
                $"**Moderators:** {role}"),
            Color = Cards.Colors.Help,
            Footer = new EmbedFooter { Text = "/mod config nudge-channel channel: · /mod config moderator-role role:" },
        };
    }
}
