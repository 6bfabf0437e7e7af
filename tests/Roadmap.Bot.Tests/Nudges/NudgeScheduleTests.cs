using System.Globalization;
using NodaTime;
using Roadmap.Bot.Nudges;

namespace Roadmap.Bot.Tests.Nudges;

/// <summary>
/// The next nudge for a zone, day and local time, after an instant. Every expected instant is worked
/// out by hand from the zone's offsets and its 2026 clock changes, written in the comment beside it.
/// </summary>
public sealed class NudgeScheduleTests
{
    public static TheoryData<string, IsoDayOfWeek, string, string, string> Cases => new()
    {
        // America/New_York: EST -05, EDT -04; 2026 forward Sun 8 March 02:00 -> 03:00, back Sun 1 November 02:00 -> 01:00.
        { "America/New_York", IsoDayOfWeek.Monday, "09:00", "2026-03-01T00:00:00Z", "2026-03-02T14:00:00Z" },    // Mon 2 Mar 09:00 EST
        { "America/New_York", IsoDayOfWeek.Monday, "09:00", "2026-03-02T14:00:00Z", "2026-03-09T13:00:00Z" },    // a week on, EDT: 167 hours later
        { "America/New_York", IsoDayOfWeek.Sunday, "02:30", "2026-03-07T12:00:00Z", "2026-03-08T07:30:00Z" },    // 02:30 skipped: 03:30 EDT
        { "America/New_York", IsoDayOfWeek.Sunday, "02:30", "2026-03-08T07:30:00Z", "2026-03-15T06:30:00Z" },    // the week after: 02:30 EDT again
        { "America/New_York", IsoDayOfWeek.Sunday, "01:30", "2026-10-31T12:00:00Z", "2026-11-01T05:30:00Z" },    // 01:30 twice: the first, EDT
        { "America/New_York", IsoDayOfWeek.Sunday, "01:30", "2026-11-01T05:45:00Z", "2026-11-08T06:30:00Z" },    // not the second (06:30Z that night): next week, EST
        { "America/New_York", IsoDayOfWeek.Monday, "09:00", "2026-11-01T12:00:00Z", "2026-11-02T14:00:00Z" },    // Mon 2 Nov 09:00 EST

        // Europe/Berlin: CET +01, CEST +02; forward Sun 29 March 02:00 -> 03:00, back Sun 25 October 03:00 -> 02:00.
        { "Europe/Berlin", IsoDayOfWeek.Sunday, "02:30", "2026-03-28T12:00:00Z", "2026-03-29T01:30:00Z" },       // 02:30 skipped: 03:30 CEST
        { "Europe/Berlin", IsoDayOfWeek.Sunday, "02:30", "2026-10-24T12:00:00Z", "2026-10-25T00:30:00Z" },       // 02:30 twice: the first, CEST
        { "Europe/Berlin", IsoDayOfWeek.Friday, "18:30", "2026-11-22T10:00:00Z", "2026-11-27T17:30:00Z" },       // Fri 27 Nov 18:30 CET
        { "Europe/Berlin", IsoDayOfWeek.Friday, "18:30", "2026-06-01T00:00:00Z", "2026-06-05T16:30:00Z" },       // Fri 5 June 18:30 CEST

        // Australia/Sydney: AEST +10, AEDT +11; back Sun 5 April 03:00 -> 02:00, forward Sun 4 October 02:00 -> 03:00.
        { "Australia/Sydney", IsoDayOfWeek.Monday, "09:00", "2026-01-01T00:00:00Z", "2026-01-04T22:00:00Z" },    // Mon 5 Jan 09:00 AEDT
        { "Australia/Sydney", IsoDayOfWeek.Monday, "09:00", "2026-07-01T00:00:00Z", "2026-07-05T23:00:00Z" },    // Mon 6 July 09:00 AEST
        { "Australia/Sydney", IsoDayOfWeek.Sunday, "02:30", "2026-04-04T00:00:00Z", "2026-04-04T15:30:00Z" },    // 02:30 twice: the first, AEDT
        { "Australia/Sydney", IsoDayOfWeek.Sunday, "02:30", "2026-10-03T00:00:00Z", "2026-10-03T16:30:00Z" },    // 02:30 skipped: 03:30 AEDT

        // Asia/Kolkata: +05:30 all year.
        { "Asia/Kolkata", IsoDayOfWeek.Monday, "09:00", "2026-03-08T00:00:00Z", "2026-03-09T03:30:00Z" },        // Mon 9 Mar 09:00 IST
        { "Asia/Kolkata", IsoDayOfWeek.Monday, "09:00", "2026-03-09T03:00:00Z", "2026-03-09T03:30:00Z" },        // later the same day
        { "Asia/Kolkata", IsoDayOfWeek.Monday, "09:00", "2026-03-09T03:30:00Z", "2026-03-16T03:30:00Z" },        // exactly at it: the next week's

        // Pacific/Chatham: +12:45, +13:45 in summer; back Sun 5 April 03:45 -> 02:45, forward Sun 27 September 02:45 -> 03:45.
        { "Pacific/Chatham", IsoDayOfWeek.Monday, "09:00", "2026-07-01T00:00:00Z", "2026-07-05T20:15:00Z" },     // Mon 6 July 09:00 +12:45
        { "Pacific/Chatham", IsoDayOfWeek.Monday, "09:00", "2026-01-01T00:00:00Z", "2026-01-04T19:15:00Z" },     // Mon 5 Jan 09:00 +13:45
        { "Pacific/Chatham", IsoDayOfWeek.Sunday, "03:00", "2026-09-26T00:00:00Z", "2026-09-26T14:15:00Z" },     // 03:00 skipped: 04:00 +13:45
        { "Pacific/Chatham", IsoDayOfWeek.Sunday, "03:00", "2026-04-04T00:00:00Z", "2026-04-04T13:15:00Z" },     // 03:00 twice: the first, +13:45
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void NextAfter_Table_IsTheHandComputedInstant(string zone, IsoDayOfWeek day, string time, string after, string expected)
    {
        var schedule = NudgeSchedule.For(zone, day, Time(time))!;

        Assert.Equal(Utc(expected), schedule.NextAfter(Utc(after)));
    }

    [Fact]
    public void NextAfter_AcrossSpringForward_KeepsTheLocalTimeEveryWeek()
    {
        var schedule = NudgeSchedule.For("America/New_York", IsoDayOfWeek.Monday, Time("09:00"))!;

        var weeks = new List<DateTimeOffset> { schedule.NextAfter(Utc("2026-02-20T00:00:00Z")) };
        for (var i = 0; i < 3; i++)
        {
            weeks.Add(schedule.NextAfter(weeks[^1]));
        }

        Assert.Equal([Utc("2026-02-23T14:00:00Z"), Utc("2026-03-02T14:00:00Z"), Utc("2026-03-09T13:00:00Z"), Utc("2026-03-16T13:00:00Z")], weeks);
    }

    [Fact]
    public void FirstOnOrAfter_DateOnTheDay_IsThatDay()
    {
        var schedule = NudgeSchedule.For("Europe/Berlin", IsoDayOfWeek.Friday, Time("18:30"))!;

        Assert.Equal(Utc("2026-12-11T17:30:00Z"), schedule.FirstOnOrAfter(new LocalDate(2026, 12, 11)));
        Assert.Equal(Utc("2026-12-18T17:30:00Z"), schedule.FirstOnOrAfter(new LocalDate(2026, 12, 12)));
    }

    [Theory]
    [InlineData("America/New_York", "2026-03-08", "02:30", nameof(ClockChange.Skipped))]
    [InlineData("America/New_York", "2026-11-01", "01:30", nameof(ClockChange.Repeated))]
    [InlineData("America/New_York", "2026-11-08", "01:30", nameof(ClockChange.None))]
    public void ClockChangeOn_Date_SaysWhatTheClocksDo(string zone, string date, string time, string expected)
    {
        var schedule = NudgeSchedule.For(zone, IsoDayOfWeek.Sunday, Time(time))!;

        Assert.Equal(Enum.Parse<ClockChange>(expected), schedule.ClockChangeOn(NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Mars/Olympus_Mons")]
    public void For_UnknownZone_IsNull(string? zone)
    {
        Assert.Null(NudgeSchedule.For(zone, IsoDayOfWeek.Monday, Time("09:00")));
    }

    private static LocalTime Time(string text) => NodaTime.Text.LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(text).Value;

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
