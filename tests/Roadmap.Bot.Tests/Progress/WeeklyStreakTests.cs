using NodaTime;
using Roadmap.Bot.Progress;

namespace Roadmap.Bot.Tests.Progress;

public sealed class WeeklyStreakTests
{
    // Wednesday of ISO week 2026-W10 (Monday 2 March to Sunday 8 March).
    private static readonly DateTimeOffset Now = new(2026, 3, 4, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Of_NoCompletions_IsZero()
    {
        Assert.Equal(0, WeeklyStreak.Of([], DateTimeZone.Utc, Now).Weeks);
    }

    [Fact]
    public void Of_CompletionThisWeek_IsOne()
    {
        Assert.Equal(1, WeeklyStreak.Of([Utc(2026, 3, 2, 0, 0)], DateTimeZone.Utc, Now).Weeks);
    }

    [Fact]
    public void Of_OnlyLastWeek_KeepsTheStreakAlive()
    {
        Assert.Equal(1, WeeklyStreak.Of([Utc(2026, 3, 1, 23, 59)], DateTimeZone.Utc, Now).Weeks);
    }

    [Fact]
    public void Of_LastCompletionTwoWeeksAgo_IsZero()
    {
        Assert.Equal(0, WeeklyStreak.Of([Utc(2026, 2, 22, 12, 0), Utc(2026, 2, 16, 12, 0)], DateTimeZone.Utc, Now).Weeks);
    }

    [Fact]
    public void Of_SeveralCompletionsInOneWeek_CountThatWeekOnce()
    {
        DateTimeOffset[] completions = [Utc(2026, 3, 2, 8, 0), Utc(2026, 3, 3, 8, 0), Utc(2026, 3, 4, 8, 0)];

        Assert.Equal(1, WeeklyStreak.Of(completions, DateTimeZone.Utc, Now).Weeks);
    }

    [Fact]
    public void Of_ConsecutiveWeeksThenAGap_StopsAtTheGap()
    {
        // This week, the two before it, then a week without anything, then an older week.
        DateTimeOffset[] completions = [Utc(2026, 3, 3, 8, 0), Utc(2026, 2, 26, 8, 0), Utc(2026, 2, 16, 8, 0), Utc(2026, 2, 2, 8, 0)];

        Assert.Equal(3, WeeklyStreak.Of(completions, DateTimeZone.Utc, Now).Weeks);
    }

    [Fact]
    public void Of_AcrossAYearWith53IsoWeeks_IsConsecutive()
    {
        // 2026 has an ISO week 53 (28 December 2026 to 3 January 2027), followed by 2027-W01.
        DateTimeOffset[] completions = [Utc(2026, 12, 21, 9, 0), Utc(2027, 1, 2, 9, 0), Utc(2027, 1, 5, 9, 0)];

        Assert.Equal(3, WeeklyStreak.Of(completions, DateTimeZone.Utc, Utc(2027, 1, 6, 9, 0)).Weeks);
    }

    [Fact]
    public void Of_InTheMembersTimeZone_UsesTheLocalWeek()
    {
        // Sunday 1 March 23:30 UTC is Monday 2 March 00:30 in Paris, in this week there.
        var paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];
        DateTimeOffset[] completions = [Utc(2026, 3, 1, 23, 30)];
        var nextMonday = Utc(2026, 3, 9, 6, 0);

        Assert.Equal(0, WeeklyStreak.Of(completions, DateTimeZone.Utc, nextMonday).Weeks);
        Assert.Equal(1, WeeklyStreak.Of(completions, paris, nextMonday).Weeks);
    }

    [Fact]
    public void Of_NowLateSundayInTheMembersTimeZone_IsStillThatWeek()
    {
        // Monday 9 March 02:00 UTC is still Sunday 8 March in New York.
        var newYork = DateTimeZoneProviders.Tzdb["America/New_York"];
        DateTimeOffset[] completions = [Utc(2026, 2, 24, 15, 0)];
        var now = Utc(2026, 3, 9, 2, 0);

        Assert.Equal(0, WeeklyStreak.Of(completions, DateTimeZone.Utc, now).Weeks);
        Assert.Equal(1, WeeklyStreak.Of(completions, newYork, now).Weeks);
    }

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
