using NodaTime;

namespace Roadmap.Bot.Progress;

/// <summary>
/// How many consecutive ISO weeks (Monday to Sunday, in the member's time zone) each have at least one
/// completion, counting back from this week, or from last week when this week has none yet (a streak
/// is not lost until a whole week passes without a completion).
/// </summary>
internal static class WeeklyStreak
{
    public static int Count(IEnumerable<DateTimeOffset> completions, DateTimeZone zone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(completions);
        ArgumentNullException.ThrowIfNull(zone);

        var weeks = completions.Select(c => WeekOf(c, zone)).ToHashSet();
        var week = WeekOf(now, zone);
        if (!weeks.Contains(week))
        {
            week = week.PlusWeeks(-1);
        }

        var streak = 0;
        while (weeks.Contains(week))
        {
            streak++;
            week = week.PlusWeeks(-1);
        }

        return streak;
    }

    /// <summary>The Monday that starts the ISO week holding <paramref name="moment"/> in <paramref name="zone"/>.</summary>
    private static LocalDate WeekOf(DateTimeOffset moment, DateTimeZone zone) =>
        Instant.FromDateTimeOffset(moment).InZone(zone).Date.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));
}
