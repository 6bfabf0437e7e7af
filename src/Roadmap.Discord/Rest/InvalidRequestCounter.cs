namespace Roadmap.Discord.Rest;

/// <summary>
/// Counts 401, 403 and 429 responses over the last ten minutes, the window of Discord's
/// 10,000-invalid-requests IP ban, and says when a warning threshold is crossed.
/// </summary>
internal sealed class InvalidRequestCounter(int warningThreshold, TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private readonly Queue<DateTimeOffset> _responses = new();
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                Trim(time.GetUtcNow());
                return _responses.Count;
            }
        }
    }

    /// <summary>Records one invalid response; returns the count when it just reached a threshold multiple.</summary>
    public int? Record()
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            Trim(now);
            _responses.Enqueue(now);
            var count = _responses.Count;
            return warningThreshold > 0 && count % warningThreshold == 0 ? count : null;
        }
    }

    private void Trim(DateTimeOffset now)
    {
        while (_responses.Count > 0 && now - _responses.Peek() >= Window)
        {
            _responses.Dequeue();
        }
    }
}
