using Roadmap.Bot.Persistence;

namespace Roadmap.Bot.Nudges;

/// <summary>
/// Keeps the weekly nudge at the same local day and time when a member changes time zone: /profile
/// calls it after saving the new zone. (Profile depends on Nudges, never the reverse.)
/// </summary>
internal sealed class NudgeRescheduler(NudgeStore store, TimeProvider time)
{
    /// <summary>
    /// Moves the next nudge (and a pause's resumption) to the same local date and time in the zone
    /// now stored for the member, which was <paramref name="previousZone"/>. A skipped week stays
    /// skipped. <see cref="NudgeOutcomeKind.Unchanged"/> when nothing is scheduled.
    /// </summary>
    public Task<NudgeOutcome> TimeZoneChangedAsync(ulong memberId, string? previousZone, CancellationToken cancellationToken)
    {
        var now = StoredTime.Now(time);
        return store.ChangeAsync(memberId, (current, zone) =>
        {
            if (current.NextDueAt is not { } next || NudgeSchedule.For(zone, current.Day, current.Time) is not { } schedule)
            {
                return new NudgeOutcome(NudgeOutcomeKind.Unchanged, current);
            }

            var before = NudgeSchedule.For(previousZone ?? "UTC", current.Day, current.Time) ?? schedule;
            var moved = current.PausedUntilDate is { } resume
                ? schedule.FirstOnOrAfter(resume)
                : schedule.FirstOnOrAfter(before.LocalDateOf(next));
            var skipped = current.SkippedDueAt is { } skip ? schedule.FirstOnOrAfter(before.LocalDateOf(skip)) : (DateTimeOffset?)null;
            // Moving east can put that time behind us already: then the next one after now.
            var settings = current with { NextDueAt = moved > now ? moved : schedule.NextAfter(now), SkippedDueAt = skipped };
            return new NudgeOutcome(NudgeOutcomeKind.Moved, settings, schedule);
        }, cancellationToken);
    }
}
