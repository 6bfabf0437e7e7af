using Roadmap.Discord.Rest;

namespace Roadmap.Bot.Cohorts;

/// <summary>What became of a post in a channel: the message, or why there is none.</summary>
internal sealed record ChannelPost(ChannelPostOutcome Outcome, ulong? MessageId = null, int? ErrorCode = null, string? Reason = null)
{
    public bool IsPosted => Outcome == ChannelPostOutcome.Posted;

    /// <summary>What the moderator reads when the post failed: which channel, what Discord said, and which permission to give.</summary>
    public string Problem(ulong channelId) => Outcome switch
    {
        ChannelPostOutcome.MissingAccess =>
            $"I can't see <#{channelId}>: Discord says **Missing Access** (error {DiscordErrorCodes.MissingAccess}). Give the bot the **View Channel** permission in that channel, then try again.",
        ChannelPostOutcome.MissingPermissions =>
            $"I can't post in <#{channelId}>: Discord says **Missing Permissions** (error {DiscordErrorCodes.MissingPermissions}). Give the bot the **Send Messages** and **Embed Links** permissions in that channel, then try again.",
        _ => $"I couldn't post in <#{channelId}>: {Reason ?? "Discord refused the message"}. Try again in a moment.",
    };
}
