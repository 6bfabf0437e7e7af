namespace Roadmap.Bot.Cohorts;

/// <summary>What a moderator reads when the bot could not post in the channel they named, naming the permission to give.</summary>
internal static class ChannelProblem
{
    /// <summary>Null when the post went out; otherwise the answer, saying <paramref name="outcome"/> so nothing was changed.</summary>
    public static string? Of(ChannelPost post, ulong channelId, string outcome)
    {
        ArgumentNullException.ThrowIfNull(post);
        return post.Outcome switch
        {
            ChannelPostOutcome.Posted => null,
            ChannelPostOutcome.MissingAccess =>
                $"I can't see <#{channelId}> (Discord error 50001, Missing Access), so {outcome}. Give me **View Channel** there " +
                "(channel settings → Permissions → add the bot's role), then try again.",
            ChannelPostOutcome.MissingPermissions =>
                $"I can see <#{channelId}> but may not post there (Discord error 50013, Missing Permissions), so {outcome}. Give me " +
                "**Send Messages** and **Embed Links** there (channel settings → Permissions → the bot's role), then try again.",
            _ =>
                $"I could not post in <#{channelId}> just now (Discord said: {post.Reason ?? "no reason"}), so {outcome}. Try again in a minute, or pick another channel.",
        };
    }
}
