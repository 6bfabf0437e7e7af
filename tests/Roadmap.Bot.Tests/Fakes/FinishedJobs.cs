using Quartz;

namespace Roadmap.Bot.Tests.Fakes;

/// <summary>
/// Hears each job the bot's scheduler finishes, by the time its trigger was due, so a test that moved
/// the fake clock waits for the sweep of that minute to be done instead of sleeping.
/// </summary>
internal sealed class FinishedJobs : IJobListener
{
    private readonly List<DateTimeOffset> _scheduledAt = [];
    private readonly Lock _lock = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Name => nameof(FinishedJobs);

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        TaskCompletionSource changed;
        lock (_lock)
        {
            _scheduledAt.Add(context.ScheduledFireTimeUtc ?? context.FireTimeUtc);
            changed = _changed;
            _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
        return ValueTask.CompletedTask;
    }

    /// <summary>Waits until a job whose trigger was due at <paramref name="scheduledAt"/> has finished.</summary>
    public async Task WaitForAsync(DateTimeOffset scheduledAt, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                if (_scheduledAt.Contains(scheduledAt))
                {
                    return;
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                lock (_lock)
                {
                    throw new TimeoutException($"No job due at {scheduledAt:O} finished within {timeout}; finished: {string.Join(", ", _scheduledAt.Select(t => t.ToString("O")))}.");
                }
            }
        }
    }
}
