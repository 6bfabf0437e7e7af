namespace Roadmap.Benchmarks.Load;

/// <summary>
/// The bot's picture cache replayed on what the fake receives, to tell a drawn picture from a cached
/// one without reaching into the bot: the bot keeps the <see cref="Size"/> pictures asked for most
/// recently, by what they show, and the same picture always encodes to the same bytes, so a picture
/// whose bytes are not among the last <see cref="Size"/> distinct ones seen was drawn for its answer.
/// One replay lives as long as the bot process, across the warm-up and every rate. The bot's cache
/// also holds <c>/progress</c>'s charts, so it keeps fewer maps than this: the misses counted here are
/// a lower bound.
/// </summary>
public sealed class PictureCacheReplay
{
    /// <summary><c>Pictures:CacheSize</c>'s default, which the benchmark's bot runs with.</summary>
    public const int Size = 64;

    private readonly Lock _lock = new();
    private readonly LinkedList<string> _recent = new();
    private readonly Dictionary<string, LinkedListNode<string>> _cached = new(StringComparer.Ordinal);

    /// <summary>Notes a picture, by a hash of its bytes, as just asked for; true when it was still cached.</summary>
    public bool Touch(string picture)
    {
        lock (_lock)
        {
            if (_cached.TryGetValue(picture, out var node))
            {
                _recent.Remove(node);
                _recent.AddFirst(node);
                return true;
            }

            _cached[picture] = _recent.AddFirst(picture);
            if (_cached.Count > Size && _recent.Last is { } oldest)
            {
                _recent.RemoveLast();
                _cached.Remove(oldest.Value);
            }

            return false;
        }
    }
}
