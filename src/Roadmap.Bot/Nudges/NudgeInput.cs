using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Roadmap.Bot.Nudges;

/// <summary>Reads the times and dates members type into /nudges: Discord has no option type for either.</summary>
internal static class NudgeInput
{
    /// <summary>HH:MM on a 24-hour clock, such as 09:00 or 18:30 (9:00 is accepted too); null otherwise.</summary>
    public static LocalTime? Time(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var parts = typed.Trim().Split(':');
        return parts is [var hours, var minutes]
            && hours.Length is 1 or 2 && minutes.Length == 2
            && hours.All(char.IsAsciiDigit) && minutes.All(char.IsAsciiDigit)
            && int.Parse(hours, CultureInfo.InvariantCulture) is var h and < 24
            && int.Parse(minutes, CultureInfo.InvariantCulture) is var m and < 60
                ? new LocalTime(h, m)
                : null;
    }

    /// <summary>A date as YYYY-MM-DD that exists on the calendar; null otherwise.</summary>
    public static LocalDate? Date(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var result = LocalDatePattern.Iso.Parse(typed.Trim());
        return result.Success ? result.Value : null;
    }

    /// <summary>The days of the week, Monday first, as the <c>day</c> option offers them.</summary>
    public static IReadOnlyList<IsoDayOfWeek> Days { get; } =
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday];

    /// <summary>The day a choice value names ("friday"); null for anything else.</summary>
    public static IsoDayOfWeek? Day(string? value) =>
        Days.FirstOrDefault(d => string.Equals(d.ToString(), value, StringComparison.OrdinalIgnoreCase)) is var day and not IsoDayOfWeek.None ? day : null;
}
