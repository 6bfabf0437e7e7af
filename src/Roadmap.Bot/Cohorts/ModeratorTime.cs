using NodaTime;
using NodaTime.Text;

namespace Roadmap.Bot.Cohorts;

/// <summary>
/// Reads the dates and times moderators type (<c>2026-12-15 18:00</c> or <c>2026-12-15</c>) on their own
/// clock, the time zone from <c>/profile</c>, into the instant that is stored and shown to every member
/// as a Discord timestamp in their own zone.
/// </summary>
internal static class ModeratorTime
{
    private static readonly LocalDateTimePattern DateAndTime = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm");

    /// <summary>What a typed date alone means: the start of that day, or its last minute (a due date).</summary>
    public enum DateAlone
    {
        StartOfDay,
        EndOfDay,
    }

    /// <summary>
    /// The instant <paramref name="typed"/> names in <paramref name="zone"/>; null when it is not a
    /// date (and time) on the calendar. A time skipped by a clock change moves forward by the gap, a
    /// repeated one takes the first occurrence, as nudges do.
    /// </summary>
    public static DateTimeOffset? Read(string typed, DateTimeZone zone, DateAlone dateAlone)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(zone);
        var text = string.Join(' ', typed.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        LocalDateTime local;
        if (DateAndTime.Parse(text) is { Success: true } withTime)
        {
            local = withTime.Value;
        }
        else if (LocalDatePattern.Iso.Parse(text) is { Success: true } date)
        {
            local = dateAlone == DateAlone.StartOfDay ? date.Value.AtMidnight() : date.Value.At(new LocalTime(23, 59));
        }
        else
        {
            return null;
        }

        return local.InZoneLeniently(zone).ToDateTimeOffset().ToUniversalTime();
    }

    /// <summary>The zone a member chose with <c>/profile timezone:</c>, if it is one NodaTime knows.</summary>
    public static DateTimeZone? Zone(string? zoneId) =>
        zoneId is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId);

    /// <summary>An instant as Discord shows it to each reader in their own zone: the full date and time, then how far away.</summary>
    public static string Show(DateTimeOffset at)
    {
        var seconds = at.ToUnixTimeSeconds();
        return $"<t:{seconds}:F> (<t:{seconds}:R>)";
    }
}
