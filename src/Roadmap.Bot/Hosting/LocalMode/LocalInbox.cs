using System.Threading.Channels;
using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Hosting.LocalMode;

/// <summary>
/// Messages the bot sends the local member on its own, not as an answer (the weekly nudge): local
/// mode's stand-in for direct messages. The chat shows each as it arrives, between the answers.
/// </summary>
internal sealed class LocalInbox
{
    private readonly Channel<Reply> _messages = Channel.CreateUnbounded<Reply>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<Reply> Reader => _messages.Reader;

    /// <summary>Queues <paramref name="message"/> for the chat; false once the chat has ended.</summary>
    public bool Post(Reply message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return _messages.Writer.TryWrite(message);
    }

    /// <summary>The chat ended: later messages have nobody to read them.</summary>
    public void Close() => _messages.Writer.TryComplete();
}
