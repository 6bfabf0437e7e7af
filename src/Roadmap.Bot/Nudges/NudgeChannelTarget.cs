using System.Globalization;

namespace Roadmap.Bot.Nudges;

/// <summary>A server's nudge channel, where a nudge goes when the member's direct messages are closed.</summary>
internal sealed record NudgeChannelTarget(ulong GuildId, ulong ChannelId)
{
    /// <summary>The channel as Discord shows it in a message (its name, as a link).</summary>
    public string Mention => $"<#{ChannelId.ToString(CultureInfo.InvariantCulture)}>";

    /// <summary>A link that opens the channel in its server, whichever server the member reads it in.</summary>
    public string Link => string.Create(CultureInfo.InvariantCulture, $"https://discord.com/channels/{GuildId}/{ChannelId}");
}
