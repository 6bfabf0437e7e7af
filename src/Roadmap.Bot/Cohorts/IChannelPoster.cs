using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Cohorts;

/// <summary>
/// Posts a message in a server's channel outside any interaction (a challenge's announcement, its
/// results): in the channel on Discord, printed as <c>#channel: …</c> in local mode. Mentions are
/// off, as in every <see cref="Reply"/>. Expected refusals are outcomes, not exceptions.
/// </summary>
internal interface IChannelPoster
{
    /// <param name="channelId">The channel to post in.</param>
    /// <param name="message">What to post: content, embeds and buttons.</param>
    /// <param name="nonce">
    /// Names this post, so a retry of the same post is answered with the first message instead of a
    /// second (sent with enforce_nonce); at most 25 characters.
    /// </param>
    /// <param name="cancellationToken">Cancels the post.</param>
    Task<ChannelPost> PostAsync(ulong channelId, Reply message, string? nonce, CancellationToken cancellationToken);

    /// <summary>Replaces an earlier post's content, embeds and buttons (an announcement whose due date moved).</summary>
    Task<ChannelPost> EditAsync(ulong channelId, ulong messageId, Reply message, CancellationToken cancellationToken);
}
