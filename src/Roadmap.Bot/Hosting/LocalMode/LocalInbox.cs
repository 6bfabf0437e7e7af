using System.Threading.Channels;
using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Hosting.LocalMode;

/// <summary>
/// Messages the bot sends on its own, not as an answer (the weekly nudge, a post in a cohort's
/// channel): local mode's stand-in for direct messages and channels. The chat shows each as it arrives, between the answers.
/// </summary>
internal sealed class LocalInbox
{
    private readonly Channel<LocalMessage> _messages = Channel.CreateUnbounded<LocalMessage>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<LocalMessage> Reader => _messages.Reader;

    /// <summary>Queues a direct message for the chat; false once the chat has ended.</summary>
    public bool Post(Reply message) => Post(new LocalMessage(LocalMessage.DirectMessage, message));

    /// <summary>Queues <paramref name="message"/> for the chat; false once the chat has ended.</summary>
    public bool Post(LocalMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return _messages.Writer.TryWrite(message);
    }

    /// <summary>The chat ended: later messages have nobody to read them.</summary>
    public void Close() => _messages.Writer.TryComplete();
}
