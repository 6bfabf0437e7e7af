namespace Roadmap.Bot.Pictures;

/// <summary>
/// Drawn pictures by what they show, the least recently asked for dropped first once
/// <c>Pictures:CacheSize</c> are held. A key names everything a picture shows, so an entry never
/// goes stale: a change makes a new key, and the old one ages out.
/// </summary>
internal sealed class PictureCache(int capacity)
{
    private readonly Dictionary<string, LinkedListNode<(string Key, byte[] Png)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, byte[] Png)> _recent = new();
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    public bool TryGet(string key, out byte[] png)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _recent.Remove(node);
                _recent.AddFirst(node);
                png = node.Value.Png;
                return true;
            }
        }

        png = [];
        return false;
    }

    public void Add(string key, byte[] png)
    {
        if (capacity <= 0)
        {
            return;
        }

        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var existing))
            {
                _recent.Remove(existing);
                _entries.Remove(key);
            }

            _entries[key] = _recent.AddFirst((key, png));
            while (_entries.Count > capacity && _recent.Last is { } oldest)
            {
                _recent.RemoveLast();
                _entries.Remove(oldest.Value.Key);
            }
        }
    }
}
