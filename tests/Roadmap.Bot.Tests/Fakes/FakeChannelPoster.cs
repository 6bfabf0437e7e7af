using System.Collections.Concurrent;
using Roadmap.Bot.Cohorts;
using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Tests.Fakes;

/// <summary>
/// An <see cref="IChannelPoster"/> that keeps every post, in order, and answers with <see cref="Answer"/>
/// (posted, by default), so a test can refuse one channel as Discord would.
/// </summary>
internal sealed class FakeChannelPoster : IChannelPoster
{
    private readonly ConcurrentQueue<(ulong ChannelId, Reply Message)> _posts = new();

    public IReadOnlyList<(ulong ChannelId, Reply Message)> Posts => _posts.ToList();

    public Func<ulong, ChannelPost> Answer { get; set; } = _ => new ChannelPost(ChannelPostOutcome.Posted, MessageId: 1);

    public Task<ChannelPost> PostAsync(ulong channelId, Reply message, string? nonce, CancellationToken cancellationToken)
    {
        var answer = Answer(channelId);
        if (answer.IsPosted)
        {
            _posts.Enqueue((channelId, message));
        }

        return Task.FromResult(answer);
    }
}
