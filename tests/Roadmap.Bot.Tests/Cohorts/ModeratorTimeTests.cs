using NodaTime;
using Roadmap.Bot.Cohorts;

namespace Roadmap.Bot.Tests.Cohorts;

public sealed class ModeratorTimeTests
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    [Theory]
    [InlineData("2026-12-15 18:00", "2026-12-15T17:00:00Z")]
    [InlineData("2026-12-15", "2026-12-14T23:00:00Z")]
    [InlineData(" 2026-07-01   09:30 ", "2026-07-01T07:30:00Z")]
    public void Read_InTheModeratorsZone_IsTheUtcInstant(string typed, string utc) =>
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), ModeratorTime.Read(typed, Berlin, ModeratorTime.DateAlone.StartOfDay));

    [Fact]
    public void Read_DateAloneAsADueDate_IsTheLastMinuteOfThatDay() =>
        Assert.Equal(new DateTimeOffset(2026, 12, 15, 22, 59, 0, TimeSpan.Zero), ModeratorTime.Read("2026-12-15", Berlin, ModeratorTime.DateAlone.EndOfDay));

    [Fact]
    public void Read_TimeSkippedBySpringForward_MovesForwardByTheGap() =>
        // 02:30 does not exist in New York on 8 March 2026; it becomes 03:30 EDT, 07:30 UTC.
        Assert.Equal(new DateTimeOffset(2026, 3, 8, 7, 30, 0, TimeSpan.Zero), ModeratorTime.Read("2026-03-08 02:30", NewYork, ModeratorTime.DateAlone.StartOfDay));

    [Theory]
    [InlineData("tomorrow")]
    [InlineData("2026-02-30")]
    [InlineData("2026-12-15 25:00")]
    [InlineData("15/12/2026")]
    [InlineData("2026-12-15T18:00")]
    [InlineData("")]
    public void Read_NotADateOnTheCalendar_IsNull(string typed) =>
        Assert.Null(ModeratorTime.Read(typed, Berlin, ModeratorTime.DateAlone.StartOfDay));
}
