namespace Roadmap.Discord.Rest;

/// <summary>
/// Counts 401, 403 and 429 responses over the last ten minutes, the window of Discord's
/// 10,000-invalid-requests IP ban, says when a warning threshold is crossed, and sets a stop for
/// traffic that can wait once the count reaches the stop threshold.
/// </summary>
internal sealed class InvalidRequestCounter(int warningThreshold, int stopThreshold, TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private readonly Queue<DateTimeOffset> _responses = new();
    private readonly Lock _lock = new();
    private DateTimeOffset _stoppedUntil;

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

    /// <summary>
    /// Null, or the end of the stop the count set when it reached the stop threshold: ten minutes
    /// from then, when every response it counted has left the window.
    /// </summary>
    public DateTimeOffset? StoppedUntil
    {
        get
        {
            lock (_lock)
            {
                return time.GetUtcNow() < _stoppedUntil ? _stoppedUntil : null;
            }
        }
    }

    /// <summary>Records one invalid response; returns the count when it just reached a warning threshold multiple.</summary>
    public int? Record()
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            Trim(now);
            _responses.Enqueue(now);
            var count = _responses.Count;
            if (stopThreshold > 0 && count >= stopThreshold && now >= _stoppedUntil)
            {
                _stoppedUntil = now + Window;
            }

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
