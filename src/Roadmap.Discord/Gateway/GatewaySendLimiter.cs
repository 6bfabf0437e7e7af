namespace Roadmap.Discord.Gateway;

/// <summary>
/// Keeps one connection under Discord's send limit (120 frames per 60 s) with a sliding log of send
/// times. Regular frames may use the limit minus a reserve; heartbeats may use the reserve too, so a
/// busy application can never delay a heartbeat into a zombie. A sliding log rather than a refilling
/// bucket: a bucket of 120 that refills continuously would allow up to 240 frames in one window.
/// </summary>
internal sealed class GatewaySendLimiter(TimeProvider time, int maxFrames, TimeSpan window)
{
    private readonly Lock _lock = new();
    private readonly Queue<long> _sent = new();
    private int _heartbeatReserve = 1;

    /// <summary>Reserves one slot per heartbeat due in a window, plus one for a heartbeat Discord asks for.</summary>
    public void ReserveForHeartbeats(TimeSpan heartbeatInterval)
    {
        var interval = heartbeatInterval > TimeSpan.Zero ? heartbeatInterval : TimeSpan.FromMilliseconds(1);
        var perWindow = (int)Math.Min(Math.Ceiling(window / interval), maxFrames);
        lock (_lock)
        {
            _heartbeatReserve = Math.Clamp(perWindow + 1, 1, maxFrames / 2);
        }
    }

    public async Task AcquireAsync(bool isHeartbeat, CancellationToken cancellationToken)
    {
        while (true)
        {
            var wait = TryAcquire(isHeartbeat);
            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Takes a slot and returns zero, or returns how long until a slot frees up.</summary>
    private TimeSpan TryAcquire(bool isHeartbeat)
    {
        lock (_lock)
        {
            var now = time.GetTimestamp();
            while (_sent.Count > 0 && time.GetElapsedTime(_sent.Peek(), now) >= window)
            {
                _sent.Dequeue();
            }

            var limit = isHeartbeat ? maxFrames : maxFrames - _heartbeatReserve;
            if (_sent.Count < limit)
            {
                _sent.Enqueue(now);
                return TimeSpan.Zero;
            }

            // The slot frees when the send that put the log at the limit leaves the window.
            var blocking = _sent.ElementAt(_sent.Count - limit);
            var wait = window - time.GetElapsedTime(blocking, now);
            return wait > TimeSpan.Zero ? wait : TimeSpan.FromTicks(1);
        }
    }
}
