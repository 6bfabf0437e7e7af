using System.Collections.Concurrent;

namespace Roadmap.Discord.Tests.Gateway.Fakes;

/// <summary>
/// A clock that runs <c>speed</c> times faster than the real one, so tests can use Discord's real
/// timings (41.25 s heartbeats, 1 s backoff) and still finish in milliseconds. Every timer's due time
/// is recorded in clock time, which lets a test assert the exact delay the client asked for.
/// </summary>
public sealed class ScaledTimeProvider(double speed) : TimeProvider
{
    private readonly long _startTimestamp = System.GetTimestamp();
    private readonly DateTimeOffset _startUtc = System.GetUtcNow();
    private readonly ConcurrentQueue<TimeSpan> _requested = new();

    /// <summary>Every finite due time a timer was created or changed with, in clock time.</summary>
    public IReadOnlyList<TimeSpan> RequestedDelays => [.. _requested];

    /// <summary>
    /// Whether a timer was set to <paramref name="expected"/>. Task.Delay hands timers whole
    /// milliseconds, so a delay counts if it is <paramref name="expected"/> cut to the millisecond.
    /// </summary>
    public bool WasRequested(TimeSpan expected) =>
        _requested.Any(d => d <= expected && expected - d < TimeSpan.FromMilliseconds(1));

    public override long TimestampFrequency => System.TimestampFrequency;

    public override long GetTimestamp() =>
        _startTimestamp + (long)((System.GetTimestamp() - _startTimestamp) * speed);

    public override DateTimeOffset GetUtcNow() => _startUtc + ((System.GetUtcNow() - _startUtc) * speed);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        Record(dueTime);
        return new ScaledTimer(this, System.CreateTimer(callback, state, Scale(dueTime), Scale(period)));
    }

    private void Record(TimeSpan dueTime)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            _requested.Enqueue(dueTime);
        }
    }

    private TimeSpan Scale(TimeSpan time) => time == Timeout.InfiniteTimeSpan ? time : time / speed;

    private sealed class ScaledTimer(ScaledTimeProvider clock, ITimer inner) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            clock.Record(dueTime);
            return inner.Change(clock.Scale(dueTime), clock.Scale(period));
        }

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
