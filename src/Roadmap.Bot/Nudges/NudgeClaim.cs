using NodaTime;

namespace Roadmap.Bot.Nudges;

/// <summary>
/// What the sweep does with one due member: the <c>nudges</c> row it writes for the due time (to
/// send, skipped or missed) and the member's settings after it (state, next due time, and why
/// paused when the fatigue rule paused them).
/// </summary>
internal sealed record NudgeClaim(
    ulong MemberId,
    DateTimeOffset DueAt,
    string RowState,
    bool Late,
    string? Reason,
    string SettingsState,
    DateTimeOffset? NextDueAt,
    ulong? DmChannelId)
{
    /// <summary>The reason a nudge skipped with <c>/nudges skip</c> is recorded with.</summary>
    public const string SkippedByMember = "you asked with /nudges skip";

    /// <summary>Whether the nudge asks "Keep these coming?" (<see cref="NudgeFatigue"/>).</summary>
    public bool AsksKeep { get; init; }

    /// <summary>Why the settings are paused after this claim; null unless the fatigue rule paused them.</summary>
    public string? PauseReason { get; init; }

    /// <summary>The nudge to hand to the sender; null when this one is not sent.</summary>
    public DueNudge? ToSend => RowState == NudgeRowState.Sending ? new DueNudge(MemberId, DueAt, Late, DmChannelId, AsksKeep) : null;

    /// <summary>
    /// Decides for a member whose next nudge is due at <paramref name="now"/>. The next one is always
    /// the first regular slot after now, so a member gets at most one nudge per sweep however long
    /// the bot was away; a member's pause that has reached its date ends here (state back to on).
    /// A nudge claimed more than <paramref name="lateAfter"/> after its time says it is late; one
    /// older than <paramref name="catchUp"/> is recorded missed and not sent. When "Keep these
    /// coming?" went out and nobody answered, this one is not sent and nudges pause (no_reply).
    /// </summary>
    public static NudgeClaim Decide(DueSettingsRow due, DateTimeOffset now, TimeSpan catchUp, TimeSpan lateAfter)
    {
        ArgumentNullException.ThrowIfNull(due);
        var schedule = NudgeSchedule.For(due.TimeZone, (IsoDayOfWeek)due.DayOfWeek, NodaTime.LocalTime.FromMinutesSinceMidnight(due.LocalTime));
        if (schedule is null)
        {
            // /nudges on needs a zone and /profile cannot remove one; a zone id that tzdb dropped could
            // still get here. Without a zone there is no next slot: off, said in the row.
            return new NudgeClaim(due.MemberId, due.NextDueAt, NudgeRowState.Skipped, false, "no time zone to schedule it in", NudgeState.Off, null, due.DmChannelId);
        }

        var skippedByMember = due.SkippedDueAt == due.NextDueAt;
        if (!skippedByMember && due.KeepAskedAt is not null)
        {
            return new NudgeClaim(due.MemberId, due.NextDueAt, NudgeRowState.Skipped, false, NudgeFatigue.NoReplyReason, NudgeState.Paused, null, due.DmChannelId)
            {
                PauseReason = Nudges.PauseReason.NoReply,
            };
        }

        var overdue = now - due.NextDueAt;
        var (state, reason) = skippedByMember ? (NudgeRowState.Skipped, SkippedByMember)
            : overdue >= catchUp ? (NudgeRowState.Missed, (string?)null)
            : (NudgeRowState.Sending, null);
        var late = state == NudgeRowState.Sending && overdue > lateAfter;
        return new NudgeClaim(due.MemberId, due.NextDueAt, state, late, reason, NudgeState.On, schedule.NextAfter(now), due.DmChannelId)
        {
            AsksKeep = state == NudgeRowState.Sending && due.Unanswered >= NudgeFatigue.UnansweredBeforeAsking,
        };
    }
}
