using System.Collections.Concurrent;
using Roadmap.Bot.Cohorts;
using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Tests.Fakes;

/// <summary>
/// An <see cref="IChannelPoster"/> that keeps every post it is handed, in order, and answers with
/// <see cref="Answer"/> (posted, by default, with a message id); edits are kept apart, answered the same way.
/// </summary>
internal sealed class FakeChannelPoster : IChannelPoster
{
    private readonly ConcurrentQueue<(ulong ChannelId, Reply Message, string? Nonce)> _posts = new();
    private long _lastMessageId = 60_000;

    private readonly ConcurrentQueue<(ulong ChannelId, ulong MessageId, Reply Message)> _edits = new();

    public IReadOnlyList<(ulong ChannelId, Reply Message, string? Nonce)> Posts => _posts.ToList();

    public IReadOnlyList<(ulong ChannelId, ulong MessageId, Reply Message)> Edits => _edits.ToList();

    public Func<ulong, ChannelPost> Answer { get; set; }

    public FakeChannelPoster() =>
        Answer = _ => new ChannelPost(ChannelPostOutcome.Posted, (ulong)Interlocked.Increment(ref _lastMessageId));

    public Task<ChannelPost> PostAsync(ulong channelId, Reply message, string? nonce, CancellationToken cancellationToken)
    {
        _posts.Enqueue((channelId, message, nonce));
        return Task.FromResult(Answer(channelId));
    }

    public Task<ChannelPost> EditAsync(ulong channelId, ulong messageId, Reply message, CancellationToken cancellationToken)
    {
        _edits.Enqueue((channelId, messageId, message));
        var answer = Answer(channelId);
        return Task.FromResult(answer.IsPosted ? answer with { MessageId = messageId } : answer);
    }
}
