using System.Globalization;
using Roadmap.Bot.Cohorts;
using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Hosting.LocalMode;

/// <summary>
/// Local mode's server channels: what the bot would post in one is shown in the terminal chat as
/// <c>#channel-name: …</c>. Local mode has no channel names, so a channel is named by its id.
/// </summary>
internal sealed class LocalChannelPoster(LocalInbox inbox) : IChannelPoster
{
    public Task<ChannelPost> PostAsync(ulong channelId, string text, CancellationToken cancellationToken) =>
        Task.FromResult(inbox.Post(Reply.Text($"#{Name(channelId)}: {text}"))
            ? new ChannelPost(ChannelPostOutcome.Posted)
            : new ChannelPost(ChannelPostOutcome.Failed, Reason: "The terminal chat has ended."));

    public static string Name(ulong channelId) =>
        channelId == LocalMember.ChannelId ? "general" : "channel-" + channelId.ToString(CultureInfo.InvariantCulture);
}
