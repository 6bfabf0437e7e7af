using Microsoft.Extensions.Hosting;
using Quartz;
using Roadmap.Bot.Content;

namespace Roadmap.Bot.Scheduling;

/// <summary>
/// Runs Quartz inside the host, as Quartz's own hosted service would, but starts it only once the
/// roadmap has loaded: every job needs the roadmap, and on Discord the roadmap loads after the gateway
/// has identified. Starting does not hold up the host; when the roadmap does not load, the scheduler
/// never starts and the program says why in one line. On shutdown it waits for a running job to finish.
/// </summary>
internal sealed class SchedulerHost(ISchedulerFactory schedulers, RoadmapLoading roadmap) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private IScheduler? _scheduler;

    /// <summary>Completes once the scheduler has started, or will not (the roadmap did not load, or the host stopped first).</summary>
    public Task Started { get; private set; } = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Started = StartWhenLoadedAsync(_stopping.Token);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await Started;
        if (_scheduler is { } scheduler)
        {
            await scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken);
        }
    }

    public void Dispose() => _stopping.Dispose();

    private async Task StartWhenLoadedAsync(CancellationToken stopping)
    {
        try
        {
            await roadmap.Loaded.WaitAsync(stopping);
            var scheduler = await schedulers.GetScheduler(stopping);
            await scheduler.Start(stopping);
            _scheduler = scheduler;
        }
        catch (Exception ex) when (ex is OperationCanceledException or InvalidContentException or IOException or UnauthorizedAccessException)
        {
            // Stopped before the roadmap was in, or it did not load: the program has said why.
        }
    }
}
