using NodaTime;
using Roadmap.Bot.Progress;
using SkiaSharp;

namespace Roadmap.Bot.Tests.Progress;

/// <summary>/progress's chart, weeks.png: the last 12 weeks by the streak's own rule, read back from the pixels.</summary>
public sealed class WeeksChartTests
{
    // Wednesday of the week starting Monday 2 March 2026.
    private static readonly DateTimeOffset Now = new(2026, 3, 4, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void History_FourActiveWeeksThenAMiss_UsesTheFreezeAndLeavesThisWeekOpen()
    {
        // Weeks ago: 5 (two finished), 4, 3, 2 active; 1 missed; this week nothing yet.
        DateTimeOffset[] completions = [Monday(5), Monday(5).AddHours(3), Monday(4), Monday(3), Monday(2)];

        var weeks = WeeklyStreak.History(completions, DateTimeZone.Utc, Now, 12);

        Assert.Equal(12, weeks.Count);
        Assert.Equal(new LocalDate(2026, 3, 2), weeks[^1].Monday);
        Assert.Equal(
            "QQQQQQAAAAFO",
            string.Concat(weeks.Select(w => w.Kind.ToString()[0])));
        Assert.Equal([0, 0, 0, 0, 0, 0, 2, 1, 1, 1, 0, 0], weeks.Select(w => w.Finished));
    }

    [Fact]
    public void History_ActiveWeeksBeforeTheChart_StillEarnTheFreezeItShows()
    {
        // Four active weeks 14 to 11 weeks ago earn a freeze; only the last of them is on the chart (its
        // first column). 10 weeks ago uses the freeze; from 9 weeks ago there is none left.
        DateTimeOffset[] completions = [Monday(14), Monday(13), Monday(12), Monday(11)];

        var weeks = WeeklyStreak.History(completions, DateTimeZone.Utc, Now, 12);

        Assert.Equal("AFQQQQQQQQQO", string.Concat(weeks.Select(w => w.Kind.ToString()[0])));
    }

    [Fact]
    public void Draw_ShowsActiveBarsFrozenBandsAndTheOpenWeek_AtTheSizeItSays()
    {
        DateTimeOffset[] completions = [Monday(5), Monday(5).AddHours(3), Monday(4), Monday(3), Monday(2)];
        var weeks = WeeklyStreak.History(completions, DateTimeZone.Utc, Now, 12);
        var streak = WeeklyStreak.Of(completions, DateTimeZone.Utc, Now);

        using var chart = SKBitmap.Decode(WeeksChart.Draw(weeks, streak));

        Assert.Equal((960, 400), (chart.Width, chart.Height));
        Assert.Equal(WeeksChart.Active, NearTheBaseline(chart, 6));
        Assert.Equal(WeeksChart.Frozen, NearTheBaseline(chart, 10));
        Assert.Equal(Roadmap.Bot.Pictures.PictureCanvas.Background, NearTheBaseline(chart, 0));
        // Week 6 finished two, week 7 one: halfway up the plot (4 is its top) only the taller bar reaches.
        Assert.Equal(WeeksChart.Active, AtHeight(chart, 6, 0.4f));
        Assert.NotEqual(WeeksChart.Active, AtHeight(chart, 7, 0.4f));
        Assert.Equal("Last 12 weeks: 5 milestones finished in 4 weeks that count for the streak; 1 freeze used; streak 4 weeks", WeeksChart.Describe(weeks, streak));
        Assert.Equal(WeeksChart.Draw(weeks, streak), WeeksChart.Draw(weeks, streak));
    }

    private static SKColor NearTheBaseline(SKBitmap chart, int week)
    {
        var column = WeeksChart.ColumnOf(week);
        return chart.GetPixel((int)column.MidX, (int)column.Bottom - 3);
    }

    /// <summary>A pixel in a week's column at a share of the plot's height above its baseline.</summary>
    private static SKColor AtHeight(SKBitmap chart, int week, float share)
    {
        var column = WeeksChart.ColumnOf(week);
        return chart.GetPixel((int)column.MidX, (int)(column.Bottom - (share * column.Height)));
    }

    private static DateTimeOffset Monday(int weeksAgo) => new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero).AddDays(-7 * weeksAgo);
}
