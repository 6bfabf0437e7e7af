namespace Roadmap.Discord.Rest;

/// <summary>
/// One rate-limit bucket. Requests through it go one at a time, so the headers of each response
/// are known before the next request decides whether to wait for the reset.
/// </summary>
internal sealed class RateLimitBucket(TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _lock = new();
    private int? _remaining;
    private DateTimeOffset _resetAt;

    public DateTimeOffset LastUsed { get; private set; } = time.GetUtcNow();

    public bool IsBusy => _gate.CurrentCount == 0;

    /// <summary>Waits for the bucket's turn and, if it is spent, for its reset.</summary>
    public async Task AcquireAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var wait = TimeUntilAvailable();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            _gate.Release();
            throw;
        }
    }

    public void Release()
    {
        LastUsed = time.GetUtcNow();
        _gate.Release();
    }

    public void Update(RateLimitHeaders headers)
    {
        lock (_lock)
        {
            if (headers.Remaining is { } remaining)
            {
                _remaining = remaining;
            }

            if (headers.ResetAfter is { } resetAfter)
            {
                _resetAt = time.GetUtcNow() + resetAfter;
            }
        }
    }

    /// <summary>Marks the bucket spent until <paramref name="retryAfter"/> has passed (after a 429).</summary>
    public void PauseFor(TimeSpan retryAfter)
    {
        lock (_lock)
        {
            _remaining = 0;
            _resetAt = time.GetUtcNow() + retryAfter;
        }
    }

    public void Dispose() => _gate.Dispose();

    private TimeSpan TimeUntilAvailable()
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (_remaining is 0 && now < _resetAt)
            {
                return _resetAt - now;
            }

            if (now >= _resetAt)
            {
                _remaining = null;
            }

            return TimeSpan.Zero;
        }
    }
}
