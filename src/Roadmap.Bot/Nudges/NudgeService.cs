using NodaTime;
using Roadmap.Bot.Persistence;

namespace Roadmap.Bot.Nudges;

/// <summary>
/// What a member does to set their weekly nudge up: turn it on at a day and time, off, pause it until
/// a date, skip the next one. Each decides from the stored settings and the member's time zone
/// (<see cref="NudgeStore.ChangeAsync"/>); sending is the scheduler's.
/// </summary>
internal sealed class NudgeService(NudgeStore store, TimeProvider time)
{
    /// <summary>The longest pause; beyond it, <c>/nudges off</c> says what the member means.</summary>
    public static readonly Period LongestPause = Period.FromYears(1);

    /// <summary>
    /// Turns nudges on at <paramref name="day"/> and <paramref name="at"/>, keeping the stored day or
    /// time for the one not given (Monday 09:00 for a member who never set them). Clears a pause and a skip.
    /// </summary>
    public Task<NudgeOutcome> TurnOnAsync(ulong memberId, IsoDayOfWeek? day, LocalTime? at, CancellationToken cancellationToken)
    {
        var now = StoredTime.Now(time);
        return store.ChangeAsync(memberId, (current, zone) =>
        {
            var wanted = current with
            {
                DayOfWeek = (int)(day ?? current.Day),
                LocalTime = at is { } local ? NudgeSettingsRow.StoredTime(local) : current.LocalTime,
            };
            if (NudgeSchedule.For(zone, wanted.Day, wanted.Time) is not { } schedule)
            {
                return new NudgeOutcome(NudgeOutcomeKind.NeedsTimeZone, current);
            }

            var on = wanted with
            {
                State = NudgeState.On,
                NextDueAt = schedule.NextAfter(now),
                PausedUntil = null,
                PauseReason = null,
                SkippedDueAt = null,
                // Asking for nudges is the answer to "Keep these coming?".
                Unanswered = 0,
                KeepAskedAt = null,
            };
            return new NudgeOutcome(NudgeOutcomeKind.TurnedOn, on, schedule);
        }, cancellationToken);
    }

    public Task<NudgeOutcome> TurnOffAsync(ulong memberId, CancellationToken cancellationToken) =>
        store.ChangeAsync(memberId, (current, zone) => current.State == NudgeState.Off
            ? new NudgeOutcome(NudgeOutcomeKind.Unchanged, current)
            : new NudgeOutcome(NudgeOutcomeKind.TurnedOff, current with { State = NudgeState.Off, NextDueAt = null, PausedUntil = null, PauseReason = null, SkippedDueAt = null }),
            cancellationToken);

    /// <summary>
    /// Pauses nudges until <paramref name="until"/>, a date after today in the member's zone: nothing
    /// is due before it, and the first nudge on or after it resumes them.
    /// </summary>
    public Task<NudgeOutcome> PauseAsync(ulong memberId, LocalDate until, CancellationToken cancellationToken)
    {
        var now = StoredTime.Now(time);
        return store.ChangeAsync(memberId, (current, zone) =>
        {
            if (current.State == NudgeState.Off)
            {
                return new NudgeOutcome(NudgeOutcomeKind.NotOn, current);
            }

            if (NudgeSchedule.For(zone, current.Day, current.Time) is not { } schedule)
            {
                return new NudgeOutcome(NudgeOutcomeKind.NeedsTimeZone, current);
            }

            var today = schedule.LocalDateOf(now);
            var kind = until <= today ? NudgeOutcomeKind.DateNotAhead
                : until > today.Plus(LongestPause) ? NudgeOutcomeKind.DateTooFar
                : NudgeOutcomeKind.Paused;
            var paused = current with
            {
                State = NudgeState.Paused,
                PauseReason = PauseReason.Member,
                PausedUntil = NudgeSettingsRow.StoredDate(until),
                NextDueAt = schedule.FirstOnOrAfter(until),
                SkippedDueAt = null,
            };
            return new NudgeOutcome(kind, kind == NudgeOutcomeKind.Paused ? paused : current, schedule) { Today = today };
        }, cancellationToken);
    }

    /// <summary>Skips the next nudge, only that one: the one after it comes as usual.</summary>
    public Task<NudgeOutcome> SkipAsync(ulong memberId, CancellationToken cancellationToken)
    {
        var now = StoredTime.Now(time);
        return store.ChangeAsync(memberId, (current, zone) =>
        {
            if (current is not { State: NudgeState.On, NextDueAt: { } next })
            {
                return new NudgeOutcome(NudgeOutcomeKind.NotOn, current);
            }

            if (NudgeSchedule.For(zone, current.Day, current.Time) is not { } schedule)
            {
                return new NudgeOutcome(NudgeOutcomeKind.NeedsTimeZone, current);
            }

            // A skipped nudge still to come: skipping again would skip a second week.
            if (current.SkippedDueAt > now)
            {
                return new NudgeOutcome(NudgeOutcomeKind.AlreadySkipped, current, schedule);
            }

            var skipped = current with { SkippedDueAt = next, NextDueAt = schedule.NextAfter(next > now ? next : now) };
            return new NudgeOutcome(NudgeOutcomeKind.Skipped, skipped, schedule);
        }, cancellationToken);
    }

    public Task<NudgeStatus> StatusAsync(ulong memberId, CancellationToken cancellationToken) => store.StatusAsync(memberId, cancellationToken);
}
