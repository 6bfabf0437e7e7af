using System.Text.Json.Nodes;

namespace Roadmap.Testing.Rest;

/// <summary>
/// The messages the fake created on the create-message route, counted and kept per channel, and the
/// nonces it remembers. As Discord does: a create with <c>enforce_nonce: true</c> and a nonce the same
/// author already used in the same channel within <see cref="NonceWindow"/> is answered with that
/// first message, and nothing new is created.
/// </summary>
public sealed class FakeCreatedMessages(Func<TimeProvider> time)
{
    private readonly Dictionary<NonceKey, (JsonObject Message, DateTimeOffset At)> _byNonce = [];
    private readonly Queue<(NonceKey Key, DateTimeOffset At)> _nonceAges = new();
    private readonly Dictionary<ulong, List<JsonObject>> _byChannel = [];
    private readonly Lock _lock = new();
    private int _count;
    private int _replays;

    /// <summary>
    /// How long a nonce is remembered. Discord's docs say "the past few minutes" and give no number;
    /// five covers the bot's rule of resending an unconfirmed nudge only while it is under two minutes old.
    /// </summary>
    public TimeSpan NonceWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Messages created, not counting the creates answered with an earlier message.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _count;
            }
        }
    }

    /// <summary>Creates answered with the earlier message of the same nonce instead of a new one.</summary>
    public int Replays
    {
        get
        {
            lock (_lock)
            {
                return _replays;
            }
        }
    }

    /// <summary>The messages created in the channel, oldest first.</summary>
    public IReadOnlyList<JsonObject> In(ulong channelId)
    {
        lock (_lock)
        {
            return _byChannel.TryGetValue(channelId, out var messages) ? [.. messages.Select(m => (JsonObject)m.DeepClone())] : [];
        }
    }

    /// <summary>
    /// Returns the earlier message when the nonce is enforced and was used within the window, else
    /// creates one with <paramref name="create"/> and remembers its nonce, if it has one, either way.
    /// One lock around both, so two retries racing each other still create one message.
    /// </summary>
    internal JsonObject CreateOrReplay(ulong authorId, ulong channelId, string? nonce, bool enforceNonce, Func<JsonObject> create)
    {
        var now = time().GetUtcNow();
        lock (_lock)
        {
            Forget(now);
            var key = new NonceKey(authorId, channelId, nonce ?? "");
            if (enforceNonce && nonce is not null && _byNonce.TryGetValue(key, out var earlier))
            {
                _replays++;
                return (JsonObject)earlier.Message.DeepClone();
            }

            var message = create();
            _count++;
            Kept(channelId).Add((JsonObject)message.DeepClone());
            if (nonce is not null)
            {
                _byNonce[key] = ((JsonObject)message.DeepClone(), now);
                _nonceAges.Enqueue((key, now));
            }

            return message;
        }
    }

    private List<JsonObject> Kept(ulong channelId)
    {
        if (!_byChannel.TryGetValue(channelId, out var messages))
        {
            messages = [];
            _byChannel[channelId] = messages;
        }

        return messages;
    }

    /// <summary>Drops the nonces older than the window, oldest first, so a long run does not keep them all.</summary>
    private void Forget(DateTimeOffset now)
    {
        while (_nonceAges.TryPeek(out var oldest) && now - oldest.At >= NonceWindow)
        {
            _nonceAges.Dequeue();
            if (_byNonce.TryGetValue(oldest.Key, out var kept) && kept.At == oldest.At)
            {
                _byNonce.Remove(oldest.Key);
            }
        }
    }

    private readonly record struct NonceKey(ulong AuthorId, ulong ChannelId, string Nonce);
}
