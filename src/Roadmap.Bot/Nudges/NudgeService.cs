using NodaTime;
using Roadmap.Bot.Persistence;

namespace Roadmap.Bot.Nudges;

/// <summary>
/// What a member does to set their weekly nudge up: turn it on at a day and time, off, pause it until
/// a date, skip the next one. Each decides from the stored settings and the member's time zone
/// (<see cref="NudgeStore.ChangeAsync"/>); sending is the scheduler's, but for the confirmation when
/// nudges are turned on. A composition with no <see cref="INudgeSender"/> (the benchmark, tests of the
/// store) has no scheduler either, so it turns nudges on without one.
/// </summary>
internal sealed class NudgeService(NudgeStore store, TimeProvider time, INudgeSender? sender = null)
{
    /// <summary>The longest pause; beyond it, <c>/nudges off</c> says what the member means.</summary>
    public static readonly Period LongestPause = Period.FromYears(1);

    /// <summary>
    /// Turns nudges on at <paramref name="day"/> and <paramref name="at"/>, keeping the stored day or
    /// time for the one not given (Monday 09:00 for a member who never set them). Clears a pause and a skip.
    /// First sends the member a short confirmation the way nudges go: when their DMs are closed (50007)
    /// nothing changes, so no nudge is ever scheduled that could not arrive. Another refusal keeps
    /// nudges on (it may pass by the time one is due) and says so in <see cref="NudgeOutcome.ConfirmationFailure"/>.
    /// </summary>
    public async Task<NudgeOutcome> TurnOnAsync(ulong memberId, IsoDayOfWeek? day, LocalTime? at, CancellationToken cancellationToken)
    {
        var status = await store.StatusAsync(memberId, cancellationToken);
        var current = status.Settings ?? NudgeSettingsRow.Default(memberId);
        var wanted = Wanted(current, day, at);
        if (NudgeSchedule.For(status.TimeZone, wanted.Day, wanted.Time) is not { } asked)
        {
            return new NudgeOutcome(NudgeOutcomeKind.NeedsTimeZone, current);
        }

        var confirmation = sender is null
            ? new NudgeDelivery(NudgeDeliveryOutcome.Sent)
            : await sender.ConfirmAsync(memberId, current.DmChannelId, NudgeReplies.Confirmation(asked), cancellationToken);
        if (confirmation.Outcome == NudgeDeliveryOutcome.DmsClosed)
        {
            return new NudgeOutcome(NudgeOutcomeKind.DmsClosed, current, asked);
        }

        var now = StoredTime.Now(time);
        var outcome = await store.ChangeAsync(memberId, (current, zone) =>
        {
            var wanted = Wanted(current, day, at);
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
        if (outcome.Kind == NudgeOutcomeKind.TurnedOn && confirmation.DmChannelId is { } channelId)
        {
            await store.KeepDmChannelAsync(memberId, channelId, cancellationToken);
        }

        return confirmation.Outcome == NudgeDeliveryOutcome.Failed
            ? outcome with { ConfirmationFailure = confirmation.Reason ?? "unknown" }
            : outcome;
    }

    private static NudgeSettingsRow Wanted(NudgeSettingsRow current, IsoDayOfWeek? day, LocalTime? at) => current with
    {
        DayOfWeek = (int)(day ?? current.Day),
        LocalTime = at is { } local ? NudgeSettingsRow.StoredTime(local) : current.LocalTime,
    };

    public Task<NudgeOutcome> TurnOffAsync(ulong memberId, CancellationToken cancellationToken) =>
        store.ChangeAsync(memberId, (current, zone) => current.State == NudgeState.Off
            ? new NudgeOutcome(NudgeOutcomeKind.Unchanged, current)
            : new NudgeOutcome(NudgeOutcomeKind.TurnedOff, current with { State = NudgeState.Off, NextDueAt = null, PausedUntil = null, PauseReason = null, SkippedDueAt = null, Unanswered = 0, KeepAskedAt = null }),
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
                // Choosing when nudges resume is an answer to them, like /nudges on.
                Unanswered = 0,
                KeepAskedAt = null,
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

            // Skipping one on purpose is an answer to them, like the Skip this week button.
            var skipped = current with { SkippedDueAt = next, NextDueAt = schedule.NextAfter(next > now ? next : now), Unanswered = 0, KeepAskedAt = null };
            return new NudgeOutcome(NudgeOutcomeKind.Skipped, skipped, schedule);
        }, cancellationToken);
    }

    public Task<NudgeStatus> StatusAsync(ulong memberId, CancellationToken cancellationToken) => store.StatusAsync(memberId, cancellationToken);

    /// <summary>A press of any button on a nudge: a sign of life for the fatigue rule (<see cref="NudgeFatigue"/>).</summary>
    public Task AnsweredAsync(ulong memberId, CancellationToken cancellationToken) => store.AnsweredAsync(memberId, cancellationToken);

    /// <summary>
    /// Keep pressed under the nudge due at <paramref name="dueAt"/>. While nudges are on (or paused
    /// by the member) it resets the count and says when the next comes; once they paused for no reply
    /// it turns them back on, as <c>/nudges on</c> would; off stays off (the member stopped them since).
    /// </summary>
    public async Task<NudgeOutcome> KeepAsync(ulong memberId, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        await store.KeepAsync(memberId, dueAt, cancellationToken);
        var status = await store.StatusAsync(memberId, cancellationToken);
        return status.Settings switch
        {
            { State: NudgeState.Paused, PauseReason: PauseReason.NoReply } => await TurnOnAsync(memberId, day: null, at: null, cancellationToken),
            { State: NudgeState.Off } or null => new NudgeOutcome(NudgeOutcomeKind.NotOn, status.Settings ?? NudgeSettingsRow.Default(memberId)),
            { } settings => new NudgeOutcome(NudgeOutcomeKind.Kept, settings, status.Schedule),
        };
    }
}
