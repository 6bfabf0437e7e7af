namespace Roadmap.Discord.Rest;

/// <summary>
/// The proactive global limit, N requests a second over every route but interactions, plus a pause
/// for everyone after a global 429. Discord counts a request when it arrives, at some moment between
/// it leaving here and its answer coming back; stamping it when it leaves lets a slow request and a
/// fast one land in the same second on Discord's side (a burst of 150 drew 100 429s from the fake that
/// way). So a request holds one of N slots from the moment it leaves until one second after its
/// answer (or its failure), plus 10 ms for clocks that disagree: any one-second window on Discord's
/// side then sees at most N, whatever the latency, for a pace of N per (1.01 s + round trip).
/// </summary>
// CA1001: SemaphoreSlim holds an OS handle only once its AvailableWaitHandle is read, which nothing
// here does; the limiter lives as long as its client, which is not disposable either.
#pragma warning disable CA1001
internal sealed class GlobalRateLimiter(int requestsPerSecond, TimeProvider time)
#pragma warning restore CA1001
{
    // A timer and a wall clock (ours or Discord's) disagree by a millisecond or two: a slot freed
    // exactly a second after its answer still drew the odd 429 from the fake. 10 ms costs 1% of pace.
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1) + TimeSpan.FromMilliseconds(10);
    private readonly SemaphoreSlim _slots = new(requestsPerSecond, requestsPerSecond);
    private readonly Lock _lock = new();
    private DateTimeOffset _pausedUntil;

    /// <summary>Waits out any pause and for a free slot; disposing the slot, once the answer is in, frees it a second later.</summary>
    public async Task<IDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        await WaitOutPauseAsync(cancellationToken).ConfigureAwait(false);
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // A global 429 may have come in while this request waited for its slot.
            await WaitOutPauseAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _slots.Release();
            throw;
        }

        return new Slot(this);
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

    private async Task WaitOutPauseAsync(CancellationToken cancellationToken)
    {
        while (PauseLeft() is { } wait && wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private TimeSpan? PauseLeft()
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            return now < _pausedUntil ? _pausedUntil - now : null;
        }
    }

    private async Task FreeLaterAsync()
    {
        await Task.Delay(Window, time).ConfigureAwait(false);
        _slots.Release();
    }

    private sealed class Slot(GlobalRateLimiter limiter) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                _ = limiter.FreeLaterAsync();
            }
        }
    }
}
