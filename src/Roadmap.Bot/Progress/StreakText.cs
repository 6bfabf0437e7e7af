using System.Globalization;

namespace Roadmap.Bot.Progress;

/// <summary>
/// The weekly streak in words, a few short lines that fit an inline embed field: the weeks and the
/// freezes saved, the missed weeks a freeze covered, and whether this week is still open. The
/// progress card shows it, and the weekly nudge is meant to say it the same way.
/// </summary>
internal static class StreakText
{
    public const string NoStreak = "No streak yet: finish a milestone this week to start one.";

    public const string StillOpen = "⏳ Still open this week";

    public static string Describe(WeeklyStreak streak)
    {
        ArgumentNullException.ThrowIfNull(streak);
        if (streak.Weeks == 0)
        {
            return NoStreak;
        }

        var lines = new List<string> { Headline(streak) };
        if (streak.WeeksFrozen > 0)
        {
            lines.Add(Count(streak.WeeksFrozen, "missed week", "missed weeks") + " frozen");
        }

        if (streak.ThisWeekOpen)
        {
            lines.Add(StillOpen);
        }

        return string.Join('\n', lines);
    }

    private static string Headline(WeeklyStreak streak)
    {
        var weeks = "🔥 " + Count(streak.Weeks, "week", "weeks");
        return streak.FreezesHeld == 0 ? weeks : $"{weeks} · 🧊 {Count(streak.FreezesHeld, "freeze", "freezes")} saved";
    }

    private static string Count(int count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}");
}
