using NodaTime;
using Roadmap.Bot.Progress;

namespace Roadmap.Bot.Tests.Progress;

/// <summary>The streak freeze: one missed week forgiven for every four active weeks, at most two saved.</summary>
public sealed class WeeklyStreakFreezeTests
{
    // Wednesday of ISO week 2026-W10 (Monday 2 March to Sunday 8 March).
    private static readonly DateTimeOffset Now = new(2026, 3, 4, 12, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Weeks oldest to newest, the last one this week: <c>x</c> has a completion, <c>.</c> has none.
    /// Expected: weeks in the streak, freezes held, missed weeks frozen, this week still open.
    /// </summary>
    public static TheoryData<string, int, int, int, bool> Weeks() => new()
    {
        { ".", 0, 0, 0, true },
        { "x", 1, 0, 0, false },
        { "xxx.", 3, 0, 0, true },
        { "xxxx", 4, 1, 0, false },
        { "xxxx.", 4, 1, 0, true },
        { "xxxxxxxx.", 8, 2, 0, true },
        { "xxxxxxxxxxxx.", 12, 2, 0, true },
        { "xxxx.x.", 5, 0, 1, true },
        { "xxxx..", 4, 0, 1, true },
        { "xxxx...", 0, 0, 0, true },
        { "xxxx..x", 1, 0, 0, false },
        { "xxx.x.", 1, 0, 0, true },
        { "xxxxxxxx..x", 9, 0, 2, false },
        { "xxxx.xxxx.", 8, 1, 1, true },
        { "xxxxxxxxxxxx.x", 13, 1, 1, false },
        { "xxxxxxxxxxxx.x.x", 14, 0, 2, false },
        { "xxxxxxxxxxxx...x", 1, 0, 0, false },
    };

    [Theory]
    [MemberData(nameof(Weeks))]
    public void Of_WeeksOldestToNewest_FollowsTheFreezeRule(string weeks, int streak, int held, int frozen, bool open)
    {
        var completions = weeks
            .Select((mark, index) => (mark, weeksAgo: weeks.Length - 1 - index))
            .Where(w => w.mark == 'x')
            .Select(w => Monday(w.weeksAgo));

        var result = WeeklyStreak.Of(completions, DateTimeZone.Utc, Now);

        Assert.Equal(new WeeklyStreak(streak, held, frozen, open), result);
    }

    [Fact]
    public void Of_CompletionLateSundayUtcIsMondayInTheMembersZone_EarnsTheFreezeThere()
    {
        // Four Paris weeks from 2 February; the fourth one's only completion is Monday 00:30 in Paris,
        // still Sunday in UTC. In UTC that leaves three active weeks and then a miss with no freeze.
        var paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];
        DateTimeOffset[] completions = [Monday(4), Monday(3), Monday(2), Monday(1).AddMinutes(-(9 * 60) - 30)];

        var inUtc = WeeklyStreak.Of(completions, DateTimeZone.Utc, Now);
        var inParis = WeeklyStreak.Of(completions, paris, Now);

        Assert.Equal(new WeeklyStreak(0, 0, 0, ThisWeekOpen: true), inUtc);
        Assert.Equal(new WeeklyStreak(4, 1, 0, ThisWeekOpen: true), inParis);
    }

    [Fact]
    public void Of_CompletionsAfterNow_AreNotWalked()
    {
        DateTimeOffset[] completions = [Monday(0), Monday(-1), Monday(-2)];

        Assert.Equal(new WeeklyStreak(1, 0, 0, ThisWeekOpen: false), WeeklyStreak.Of(completions, DateTimeZone.Utc, Now));
    }

    /// <summary>09:00 UTC on the Monday <paramref name="weeksAgo"/> weeks before this week's (2 March 2026).</summary>
    private static DateTimeOffset Monday(int weeksAgo) => new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero).AddDays(-7 * weeksAgo);
}
