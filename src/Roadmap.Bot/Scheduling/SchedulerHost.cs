using Microsoft.Extensions.Hosting;
using Quartz;
using Roadmap.Bot.Content;

namespace Roadmap.Bot.Scheduling;

/// <summary>
/// Runs Quartz inside the host, as Quartz's own hosted service would, but starts it only once the
/// roadmap has loaded: every job needs the roadmap, and on Discord the host starts (and the gateway
/// connects) while it still loads. When the roadmap does not load, the scheduler never starts and the
/// program says why in one line. On shutdown it waits for a sweep that is running to finish.
/// </summary>
internal sealed class SchedulerHost(ISchedulerFactory schedulers, RoadmapLoading roadmap) : IHostedService
{
    private IScheduler? _scheduler;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await roadmap.Loaded.WaitAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidContentException or IOException or UnauthorizedAccessException)
        {
            return;
        }

        _scheduler = await schedulers.GetScheduler(cancellationToken);
        await _scheduler.Start(cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_scheduler is { } scheduler)
        {
            await scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken);
        }
    }
}
