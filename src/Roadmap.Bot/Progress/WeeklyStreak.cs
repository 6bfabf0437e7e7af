using NodaTime;

namespace Roadmap.Bot.Progress;

/// <summary>
/// The member's weekly streak over ISO weeks (Monday to Sunday) in their time zone, with freezes that
/// forgive a missed week. The rule, walking the weeks from the first one with a completion up to now:
/// <list type="bullet">
/// <item>a week with at least one completion is active and adds one to <see cref="Weeks"/>;</item>
/// <item>every fourth active week of a streak (the 4th, 8th, 12th …) earns a freeze, kept while fewer
/// than <see cref="MaxFreezesHeld"/> are held (a third is not saved);</item>
/// <item>a week without a completion uses a held freeze: the streak lives on, and the frozen week adds
/// nothing to <see cref="Weeks"/>;</item>
/// <item>with no freeze held, a week without a completion ends the streak: everything starts from zero;</item>
/// <item>this week, while it has no completion yet, is still open: neither a miss nor counted.</item>
/// </list>
/// So one missed week is forgiven for every four active weeks, and two missed weeks in a row need two
/// freezes. Broken streaks discourage learners; a forgiving rule stated plainly does not.
/// </summary>
/// <param name="Weeks">Active weeks in the current streak; 0 when there is none.</param>
/// <param name="FreezesHeld">Freezes saved for the next missed weeks.</param>
/// <param name="WeeksFrozen">Missed weeks the current streak survived on a freeze.</param>
/// <param name="ThisWeekOpen">This week has no completion yet.</param>
internal sealed record WeeklyStreak(int Weeks, int FreezesHeld, int WeeksFrozen, bool ThisWeekOpen)
{
    public const int ActiveWeeksPerFreeze = 4;

    public const int MaxFreezesHeld = 2;

    private static readonly WeeklyStreak Broken = new(0, 0, 0, ThisWeekOpen: false);

    public static WeeklyStreak Of(IEnumerable<DateTimeOffset> completions, DateTimeZone zone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(completions);
        ArgumentNullException.ThrowIfNull(zone);

        var active = completions.Select(c => WeekOf(c, zone)).ToHashSet();
        var thisWeek = WeekOf(now, zone);
        var isOpen = !active.Contains(thisWeek);
        var lastWeekToWalk = isOpen ? thisWeek.PlusWeeks(-1) : thisWeek;
        var streak = Broken;
        if (active.Count > 0)
        {
            for (var week = active.Min(); week <= lastWeekToWalk; week = week.PlusWeeks(1))
            {
                streak = streak.After(active.Contains(week));
            }
        }

        return streak with { ThisWeekOpen = isOpen };
    }

    /// <summary>
    /// The last <paramref name="weeks"/> weeks up to this one, oldest first, each with what it finished
    /// and what it did to the streak, by the same rule as <see cref="Of"/>.
    /// </summary>
    public static IReadOnlyList<StreakWeek> History(IEnumerable<DateTimeOffset> completions, DateTimeZone zone, DateTimeOffset now, int weeks)
    {
        ArgumentNullException.ThrowIfNull(completions);
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentOutOfRangeException.ThrowIfLessThan(weeks, 1);

        var counts = completions.GroupBy(c => WeekOf(c, zone)).ToDictionary(g => g.Key, g => g.Count());
        var thisWeek = WeekOf(now, zone);
        var firstShown = thisWeek.PlusWeeks(-(weeks - 1));
        var start = counts.Count > 0 && counts.Keys.Min() < firstShown ? counts.Keys.Min() : firstShown;
        var streak = Broken;
        var history = new List<StreakWeek>(weeks);
        for (var week = start; week <= thisWeek; week = week.PlusWeeks(1))
        {
            var finished = counts.GetValueOrDefault(week);
            var kind = finished > 0 ? StreakWeekKind.Active
                : week == thisWeek ? StreakWeekKind.Open
                : streak.FreezesHeld > 0 ? StreakWeekKind.Frozen
                : StreakWeekKind.Quiet;
            if (kind != StreakWeekKind.Open)
            {
                streak = streak.After(finished > 0);
            }

            if (week >= firstShown)
            {
                history.Add(new StreakWeek(week, finished, kind));
            }
        }

        return history;
    }

    /// <summary>The streak after one more closed week, active or missed.</summary>
    private WeeklyStreak After(bool isActive)
    {
        if (isActive)
        {
            var weeks = Weeks + 1;
            var earned = weeks % ActiveWeeksPerFreeze == 0 ? 1 : 0;
            return this with { Weeks = weeks, FreezesHeld = Math.Min(MaxFreezesHeld, FreezesHeld + earned) };
        }

        return FreezesHeld > 0 ? this with { FreezesHeld = FreezesHeld - 1, WeeksFrozen = WeeksFrozen + 1 } : Broken;
    }

    /// <summary>The Monday that starts the ISO week holding <paramref name="moment"/> in <paramref name="zone"/>.</summary>
    private static LocalDate WeekOf(DateTimeOffset moment, DateTimeZone zone) =>
        Instant.FromDateTimeOffset(moment).InZone(zone).Date.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));
}
