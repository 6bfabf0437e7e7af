using Roadmap.Bot.Cohorts;
using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Hosting.LocalMode;

/// <summary>
/// Local mode's channel: what the bot would post in a server channel is shown in the terminal chat
/// under "Roadmap Coach in #&lt;channel id&gt;:" (local mode has no channel names), buttons numbered like any
/// other. No nonce: the terminal cannot be asked twice for the same message.
/// </summary>
internal sealed class LocalChannelPoster(LocalInbox inbox) : IChannelPoster
{
    private long _lastMessageId;

    public Task<ChannelPost> PostAsync(ulong channelId, Reply message, string? nonce, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var shown = new LocalMessage(LocalMessage.InChannel(channelId), message with { Ephemeral = false });
        return Task.FromResult(inbox.Post(shown)
            ? new ChannelPost(ChannelPostOutcome.Posted, MessageId: (ulong)Interlocked.Increment(ref _lastMessageId))
            : new ChannelPost(ChannelPostOutcome.Failed, Reason: "the terminal chat has ended"));
    }

    // The terminal cannot change what it printed, so the edited message is shown again, marked as such.
    public Task<ChannelPost> EditAsync(ulong channelId, ulong messageId, Reply message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var shown = new LocalMessage(LocalMessage.EditedInChannel(channelId), message with { Ephemeral = false });
        return Task.FromResult(inbox.Post(shown)
            ? new ChannelPost(ChannelPostOutcome.Posted, MessageId: messageId)
            : new ChannelPost(ChannelPostOutcome.Failed, Reason: "the terminal chat has ended"));
    }
}
