using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Hosting.LocalMode;

/// <summary>A message the bot sends on its own in local mode, with the line that says where it went.</summary>
internal sealed record LocalMessage(string Heading, Reply Message)
{
    /// <summary>Where a direct message (a nudge, a review, a reminder) would go.</summary>
    public const string DirectMessage = "📬 A direct message from Roadmap Coach:";

    /// <summary>Where a post in a server channel would go; local mode has no channel names.</summary>
    public static string InChannel(ulong channelId) => $"📣 Roadmap Coach in #{channelId}:";

    public static string EditedInChannel(ulong channelId) => $"📣 Roadmap Coach edited its message in #{channelId}:";
}
