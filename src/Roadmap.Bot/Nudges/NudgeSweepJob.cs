using Quartz;
using Roadmap.Bot.Persistence;

namespace Roadmap.Bot.Nudges;

/// <summary>
/// The Quartz job that runs <see cref="NudgeSweep"/> (its triggers: <c>Scheduling/SchedulingServiceCollectionExtensions</c>).
/// Never two at once: a sweep still sending when the next is due makes the next wait.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class NudgeSweepJob(DatabaseStartup database, NudgeSweep sweep) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        // On Discord the host starts beside the migration; the first sweep waits for it.
        await database.ReadyAsync();
        await sweep.RunAsync(cancellationToken);
    }
}
