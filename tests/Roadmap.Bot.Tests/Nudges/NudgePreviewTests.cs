using System.Globalization;
using Roadmap.Bot.Nudges;

namespace Roadmap.Bot.Tests.Nudges;

/// <summary>What `nudges preview` prints for given settings: each nudge on the member's clock and in UTC, clock changes named.</summary>
public sealed class NudgePreviewTests
{
    private static readonly DateTimeOffset Now = Utc("2026-02-28T12:00:00Z");

    [Fact]
    public void Write_AcrossSpringForward_ShowsTheSkippedTimeMovedAndTheOffsetChange()
    {
        // Sundays at 02:30 in New York: 1 March (EST), 8 March (02:30 skipped, 03:30 EDT), 15 March (EDT).
        var status = Status("America/New_York", dayOfWeek: 7, localTime: (2 * 60) + 30, next: Utc("2026-03-01T07:30:00Z"));

        var (exitCode, lines) = Write(status, weeks: 3);

        Assert.Equal(0, exitCode);
        Assert.Equal("Weekly nudges for Ada: on, Sundays at 02:30, America/New_York.", lines[0]);
        Assert.Equal("The next 3, on the member's clock and in UTC:", lines[1]);
        Assert.Equal("  Sunday 1 March 2026, 02:30 (-05)             2026-03-01 07:30 UTC", lines[2]);
        Assert.Equal("  Sunday 8 March 2026, 03:30 (-04)             2026-03-08 07:30 UTC  clocks go forward: 02:30 is skipped, so it comes later by the jump", lines[3]);
        Assert.Equal("  Sunday 15 March 2026, 02:30 (-04)            2026-03-15 06:30 UTC", lines[4]);
        Assert.Equal(5, lines.Length);
    }

    [Fact]
    public void Write_HalfHourOffsets_ShowTheMinutes()
    {
        var status = Status("Asia/Kolkata", dayOfWeek: 1, localTime: 9 * 60, next: Utc("2026-03-02T03:30:00Z"));

        var (_, lines) = Write(status, weeks: 1);

        Assert.Equal("  Monday 2 March 2026, 09:00 (+05:30)          2026-03-02 03:30 UTC", lines[2]);
    }

    [Fact]
    public void Write_Off_SaysHowToTurnThemOnAndFails()
    {
        var (exitCode, lines) = Write(new NudgeStatus(null, "Europe/Berlin", null), weeks: 8);

        Assert.Equal(1, exitCode);
        Assert.Equal("Weekly nudges are off for Ada. Turn them on in the bot with `/nudges on day: time:`, such as `/nudges on day:friday time:18:30`, then preview them again.", Assert.Single(lines));
    }

    [Fact]
    public void Write_NoTimeZone_SaysHowToSetOne()
    {
        var status = Status(null, dayOfWeek: 1, localTime: 540, next: Utc("2026-03-02T09:00:00Z"));

        var (exitCode, lines) = Write(status, weeks: 8);

        Assert.Equal(1, exitCode);
        Assert.Contains("`/profile timezone:`", Assert.Single(lines), StringComparison.Ordinal);
    }

    private static NudgeStatus Status(string? zone, int dayOfWeek, int localTime, DateTimeOffset next) =>
        new(new NudgeSettingsRow { MemberId = 1, State = NudgeState.On, DayOfWeek = dayOfWeek, LocalTime = localTime, NextDueAt = next }, zone, null);

    private static (int ExitCode, string[] Lines) Write(NudgeStatus status, int weeks)
    {
        using var output = new StringWriter();
        var exitCode = NudgePreview.Write(status, "Ada", Now, weeks, output);
        return (exitCode, output.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
    }

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
