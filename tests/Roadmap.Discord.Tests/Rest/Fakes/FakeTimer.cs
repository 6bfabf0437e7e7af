namespace Roadmap.Discord.Tests.Rest.Fakes;

/// <summary>A one-shot timer driven by <see cref="FakeTimeProvider"/>; periods are not needed by the REST client.</summary>
public sealed class FakeTimer(FakeTimeProvider clock, TimerCallback callback, object? state) : ITimer
{
    private int _disposed;

    internal DateTimeOffset DueAt { get; set; }

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        if (Volatile.Read(ref _disposed) == 1)
        {
            return false;
        }

        clock.Schedule(this, dueTime);
        return true;
    }

    public void Dispose()
    {
        Interlocked.Exchange(ref _disposed, 1);
        clock.Cancel(this);
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    internal void Fire()
    {
        if (Volatile.Read(ref _disposed) == 0)
        {
            callback(state);
        }
    }
}
