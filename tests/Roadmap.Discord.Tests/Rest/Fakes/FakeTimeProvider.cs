namespace Roadmap.Discord.Tests.Rest.Fakes;

/// <summary>
/// A clock for tests. Manual mode moves only on <see cref="Advance"/>; auto-advance mode jumps to a
/// timer's due time as soon as the timer is created, so every wait completes at once while the
/// clock still shows that it passed. <see cref="Waits"/> lists every wait asked for.
/// </summary>
public sealed class FakeTimeProvider(bool autoAdvance) : TimeProvider
{
    private readonly List<FakeTimer> _timers = [];
    private readonly List<TimeSpan> _waits = [];
    private readonly Lock _lock = new();
    private DateTimeOffset _now = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    public IReadOnlyList<TimeSpan> Waits
    {
        get
        {
            lock (_lock)
            {
                return [.. _waits];
            }
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            return _now;
        }
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new FakeTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    public void Advance(TimeSpan by)
    {
        List<FakeTimer> due;
        lock (_lock)
        {
            _now += by;
            due = _timers.Where(t => t.DueAt <= _now).ToList();
            _timers.RemoveAll(due.Contains);
        }

        due.ForEach(t => t.Fire());
    }

    internal void Schedule(FakeTimer timer, TimeSpan dueTime)
    {
        lock (_lock)
        {
            _timers.Remove(timer);
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                return;
            }

            _waits.Add(dueTime);
            if (autoAdvance)
            {
                var dueAt = _now + dueTime;
                _now = dueAt > _now ? dueAt : _now;
            }
            else
            {
                timer.DueAt = _now + dueTime;
                _timers.Add(timer);
                return;
            }
        }

        ThreadPool.UnsafeQueueUserWorkItem(_ => timer.Fire(), null);
    }

    internal void Cancel(FakeTimer timer)
    {
        lock (_lock)
        {
            _timers.Remove(timer);
        }
    }
}
