using Microsoft.Extensions.Logging;
using Quartz;
using Roadmap.Bot.Persistence;

namespace Roadmap.Bot.Nudges;

/// <summary>
/// The Quartz job that runs <see cref="NudgeSweep"/> (its triggers: <c>Scheduling/SchedulingServiceCollectionExtensions</c>).
/// Never two at once: a sweep still sending when the next is due makes the next wait.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class NudgeSweepJob(DatabaseStartup database, NudgeSweep sweep, ILogger<NudgeSweepJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            // On Discord the host starts beside the migration; the first sweep waits for it.
            await database.ReadyAsync();
            await sweep.RunAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The job boundary: what was claimed stays 'sending', which the next start recovers;
            // anything still due is claimed by the next sweep.
            LogSweepFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The nudge sweep failed; the next one tries again")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
