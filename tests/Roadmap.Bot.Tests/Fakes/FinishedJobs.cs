using Quartz;

namespace Roadmap.Bot.Tests.Fakes;

/// <summary>
/// Hears each job the bot's scheduler finishes, by the time its trigger was due, so a test that moved
/// the fake clock waits for the sweep of that minute to be done instead of sleeping.
/// </summary>
internal sealed class FinishedJobs : IJobListener
{
    /// <summary>The nudge sweep's job, what <see cref="WaitForAsync"/> waits for unless told another.</summary>
    public const string NudgeSweep = "nudge-sweep";

    private readonly List<(string Job, DateTimeOffset At)> _scheduledAt = [];
    private readonly Lock _lock = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Name => nameof(FinishedJobs);

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        TaskCompletionSource changed;
        lock (_lock)
        {
            _scheduledAt.Add((context.JobDetail.Key.Name, context.ScheduledFireTimeUtc ?? context.FireTimeUtc));
            changed = _changed;
            _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
        return ValueTask.CompletedTask;
    }

    /// <summary>Waits until the job named <paramref name="job"/> whose trigger was due at <paramref name="scheduledAt"/> has finished.</summary>
    public async Task WaitForAsync(DateTimeOffset scheduledAt, TimeSpan timeout, string job = NudgeSweep)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                if (_scheduledAt.Contains((job, scheduledAt)))
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
                    throw new TimeoutException($"No {job} due at {scheduledAt:O} finished within {timeout}; finished: {string.Join(", ", _scheduledAt.Select(t => $"{t.Job} {t.At:O}"))}.");
                }
            }
        }
    }
}
