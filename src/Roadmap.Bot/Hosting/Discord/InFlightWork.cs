namespace Roadmap.Bot.Hosting.Discord;

/// <summary>Keeps track of interactions being answered, so shutdown can wait for them.</summary>
internal sealed class InFlightWork
{
    private readonly HashSet<Task> _tasks = [];

    public void Track(Task task)
    {
        ArgumentNullException.ThrowIfNull(task);
        lock (_tasks)
        {
            _tasks.Add(task);
        }

        task.ContinueWith(done =>
        {
            lock (_tasks)
            {
                _tasks.Remove(done);
            }
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Waits for everything tracked now, or until the grace period ends; returns how many were still running.</summary>
    public async Task<int> DrainAsync(TimeSpan grace, TimeProvider time)
    {
        Task[] pending;
        lock (_tasks)
        {
            pending = [.. _tasks];
        }

        var all = Task.WhenAll(pending);
        await Task.WhenAny(all, Task.Delay(grace, time));
        return pending.Count(t => !t.IsCompleted);
    }
}
