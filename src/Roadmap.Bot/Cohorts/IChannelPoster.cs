namespace Roadmap.Bot.Cohorts;

/// <summary>
/// Posts the bot's own messages in a server's channel, outside any interaction: on Discord through the
/// REST client, in local mode printed as <c>#channel: …</c>. Expected refusals are outcomes, not exceptions.
/// </summary>
internal interface IChannelPoster
{
    Task<ChannelPost> PostAsync(ulong channelId, string text, CancellationToken cancellationToken);
}
