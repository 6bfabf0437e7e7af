using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;
using Roadmap.Bot.Cohorts.Challenges;
using Roadmap.Bot.Nudges;

namespace Roadmap.Bot.Scheduling;

internal static class SchedulingServiceCollectionExtensions
{
    /// <summary>The Quartz group every trigger of the bot is in.</summary>
    public const string Group = "roadmap";

    /// <summary>
    /// Quartz, in memory (the members' table is the source of truth, so the scheduler keeps nothing),
    /// on the container's <see cref="TimeProvider"/>, and every trigger the bot has, all declared here.
    /// Its job sends nudges, so the host registers an <see cref="INudgeSender"/> too (Discord or local
    /// mode). It starts once the roadmap has loaded (<see cref="SchedulerHost"/>). Jobs are added with the generic overloads, which keep the NativeAOT publish free of trim
    /// warnings.
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services)
    {
        services.AddSingleton<NudgeSweep>();
        // TryAdd: AddCohorts registers it too, for the weekly digest.
        services.TryAddSingleton<ChallengeDueStore>();
        services.AddSingleton<ChallengeDueSweep>();
        services.AddSingleton<ChallengeReminderStore>();
        services.AddSingleton<ChallengeReminderSweep>();
        // Quartz says a dozen things at Information when it starts; its warnings and errors still show.
        services.AddLogging(logging => logging.AddFilter("Quartz", LogLevel.Warning));
        services.AddQuartz(quartz =>
        {
            quartz.UseInMemoryStore();
            quartz.UseDefaultThreadPool(1);
            quartz.AddNudgeSweep();
            quartz.AddChallengeDueSweep();
        });
        services.AddHostedService<SchedulerHost>();
        return services;
    }

    /// <summary>
    /// The nudge sweep: once as soon as the scheduler starts (which recovers what the last run left
    /// and catches up after downtime), then every <see cref="NudgeOptions.SweepInterval"/>, on the
    /// whole interval (09:00:00, not 09:00:37), so a nudge due at a minute goes out at that minute.
    /// </summary>
    private static void AddNudgeSweep(this IQuartzBuilder quartz)
    {
        var job = new JobKey("nudge-sweep", Group);
        quartz.AddJob<NudgeSweepJob>(j => j.WithIdentity(job));
        quartz.AddTrigger<NudgeSweepJob>(t => t.ForJob(job).WithIdentity("nudge-sweep-at-start", Group).StartNow());
        quartz.AddTrigger<NudgeSweepJob>((services, t) =>
        {
            var interval = services.GetRequiredService<IOptions<NudgeOptions>>().Value.SweepInterval;
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            var next = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % interval.Ticks), TimeSpan.Zero) + interval;
            t.ForJob(job)
                .WithIdentity("nudge-sweep", Group)
                .StartAt(next)
                .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever());
        });
    }

    /// <summary>
    /// The period boards' windows moved to now, challenges' reminders a day before they are due, closing them at their due time, and the
    /// cohorts' weekly digests (Mondays 09:00 UTC, <see cref="Cohorts.Digests.CohortDigestSchedule"/>): once at start
    /// (which sends what came due while the bot was not running, marked late), then every minute on
    /// the minute.
    /// </summary>
    private static void AddChallengeDueSweep(this IQuartzBuilder quartz)
    {
        var job = new JobKey("challenge-due", Group);
        quartz.AddJob<ChallengeDueJob>(j => j.WithIdentity(job));
        quartz.AddTrigger<ChallengeDueJob>(t => t.ForJob(job).WithIdentity("challenge-due-at-start", Group).StartNow());
        quartz.AddTrigger<ChallengeDueJob>((services, t) =>
        {
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            var next = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero).AddMinutes(1);
            t.ForJob(job)
                .WithIdentity("challenge-due", Group)
                .StartAt(next)
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(1)).RepeatForever());
        });
    }
}
