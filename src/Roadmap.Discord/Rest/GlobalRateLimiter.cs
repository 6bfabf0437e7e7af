namespace Roadmap.Discord.Rest;

/// <summary>
/// The proactive global limit: at most N requests in any one-second window, plus a pause for
/// everyone after a global 429. Interaction routes never come through here.
/// </summary>
internal sealed class GlobalRateLimiter(int requestsPerSecond, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly Queue<DateTimeOffset> _sent = new();
    private readonly Lock _lock = new();
    private DateTimeOffset _pausedUntil;

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var wait = TryTake();
            if (wait == TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    public void PauseFor(TimeSpan retryAfter)
    {
        lock (_lock)
        {
            var until = time.GetUtcNow() + retryAfter;
            if (until > _pausedUntil)
            {
                _pausedUntil = until;
            }
        }
    }

    private TimeSpan TryTake()
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (now < _pausedUntil)
            {
                return _pausedUntil - now;
            }

            while (_sent.Count > 0 && now - _sent.Peek() >= Window)
            {
                _sent.Dequeue();
            }

            if (_sent.Count < requestsPerSecond)
            {
                _sent.Enqueue(now);
                return TimeSpan.Zero;
            }

            return _sent.Peek() + Window - now;
        }
    }
}
