using Microsoft.Extensions.Logging;
using Quartz;
using Roadmap.Bot.Cohorts.Digests;
using Roadmap.Bot.Persistence;

namespace Roadmap.Bot.Cohorts.Challenges;

/// <summary>
/// The Quartz job for what comes due about challenges (its triggers: <c>Scheduling/SchedulingServiceCollectionExtensions</c>):
/// first the reminders a day before (<see cref="ChallengeReminderSweep"/>), then closing the ones now
/// due and posting their results (<see cref="ChallengeDueSweep"/>), then the cohorts' weekly digests
/// (<see cref="CohortDigestSweep"/>, which finds nothing to do but on Mondays). First of all it moves
/// the period boards' windows to now (<see cref="BoardWindowSweep"/>), so the digest's week board
/// has nothing to correct. Never two at once.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class ChallengeDueJob(DatabaseStartup database, BoardWindowSweep boards, ChallengeReminderSweep reminders, ChallengeDueSweep sweep, CohortDigestSweep digests, ILogger<ChallengeDueJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            await database.ReadyAsync();
            await boards.RunAsync(cancellationToken);
            await reminders.RunAsync(cancellationToken);
            await sweep.RunAsync(cancellationToken);
            await digests.RunAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The job boundary: a claimed post stays 'sending', which the next start recovers.
            LogSweepFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Closing due challenges failed; the next run tries again")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
