using System.Globalization;
using NodaTime;

namespace Roadmap.Bot.Nudges;

/// <summary>
/// A weekly nudge time: one day of the week and one local time in a member's time zone, from
/// NodaTime's built-in tz database (the OS's zone data may be missing in a slim container or the
/// native binary). Every week it falls on the same local day and time. A local time that a clock
/// change skips moves forward by the gap (02:30 on a spring-forward night is 03:30); one that
/// happens twice is the first of the two, so the nudge never comes twice that night.
/// </summary>
internal sealed record NudgeSchedule(DateTimeZone Zone, IsoDayOfWeek Day, LocalTime Time)
{
    /// <summary>The schedule in the zone with this IANA id; null when the id is unknown.</summary>
    public static NudgeSchedule? For(string? zoneId, IsoDayOfWeek day, LocalTime time) =>
        zoneId is not null && DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId) is { } zone ? new NudgeSchedule(zone, day, time) : null;

    /// <summary>The first nudge strictly after <paramref name="after"/>, in UTC.</summary>
    public DateTimeOffset NextAfter(DateTimeOffset after)
    {
        // From the day before: a slot of the previous day pushed past midnight by a gap there
        // (a few zones change their clocks at midnight) still counts.
        var date = LocalDateOf(after).PlusDays(-1).With(DateAdjusters.NextOrSame(Day));
        var due = On(date);
        while (due <= after)
        {
            date = date.PlusWeeks(1);
            due = On(date);
        }

        return due;
    }

    /// <summary>The first nudge on or after the start of <paramref name="date"/> in the zone, in UTC.</summary>
    public DateTimeOffset FirstOnOrAfter(LocalDate date) => On(date.With(DateAdjusters.NextOrSame(Day)));

    /// <summary>The time <paramref name="date"/> at <see cref="Time"/> is in UTC, resolved as the type says.</summary>
    public DateTimeOffset On(LocalDate date) => Zone.AtLeniently(date.At(Time)).ToDateTimeOffset().ToUniversalTime();

    /// <summary>The local date of an instant in the zone.</summary>
    public LocalDate LocalDateOf(DateTimeOffset instant) => Instant.FromDateTimeOffset(instant).InZone(Zone).Date;

    /// <summary>Whether a clock change moves the nudge on <paramref name="date"/>: its time is skipped (moved forward) or repeated (the first is used).</summary>
    public ClockChange ClockChangeOn(LocalDate date) => Zone.MapLocal(date.At(Time)).Count switch
    {
        0 => ClockChange.Skipped,
        2 => ClockChange.Repeated,
        _ => ClockChange.None,
    };

    /// <summary>"Fridays at 18:30".</summary>
    public string Describe() => Describe(Day, Time);

    public static string Describe(IsoDayOfWeek day, LocalTime time) =>
        string.Create(CultureInfo.InvariantCulture, $"{day}s at {time.ToString("HH:mm", CultureInfo.InvariantCulture)}");

    /// <summary>"Friday 27 November 2026, 18:30": an instant as the member reads it on their clock.</summary>
    public string Local(DateTimeOffset instant) =>
        Instant.FromDateTimeOffset(instant).InZone(Zone).ToString("dddd d MMMM uuuu, HH:mm", CultureInfo.InvariantCulture);
}
