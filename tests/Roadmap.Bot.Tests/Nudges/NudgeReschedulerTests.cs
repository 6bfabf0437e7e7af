using Roadmap.Bot.Tests.Fakes;
using static Roadmap.Bot.Tests.Fakes.NudgesHarness;

namespace Roadmap.Bot.Tests.Nudges;

/// <summary>
/// Changing the time zone with /profile keeps the nudge at the same local day and time in the new
/// zone. The clock stands at Sunday 22 November 2026, 10:00 UTC.
/// </summary>
public sealed class NudgeReschedulerTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task ProfileTimeZone_Changed_MovesTheNextNudgeToTheSameLocalTimeThere()
    {
        await _bot.TurnOnNudgesAsync("Europe/Berlin", "friday", "18:30");

        var reply = await _bot.RunAsync("profile", ("timezone", "Asia/Tokyo"));

        // Friday 27 November 18:30 in Tokyo (+09) instead of Berlin (+01): 09:30 UTC, 1795771800.
        Assert.Equal(Utc("2026-11-27T09:30:00Z"), await NextDueAsync());
        Assert.Contains("**Weekly nudge:** still Fridays at 18:30, now in Asia/Tokyo. Next nudge: <t:1795771800:F>", BotHarness.Text(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProfileTimeZone_EastwardPastTheTime_TakesTheNextWeek()
    {
        // Sunday 12:00 in New York is 17:00 UTC today; Sunday 12:00 in Tokyo was 03:00 UTC, already past.
        await _bot.TurnOnNudgesAsync("America/New_York", "sunday", "12:00");
        Assert.Equal(Utc("2026-11-22T17:00:00Z"), await NextDueAsync());

        await _bot.RunAsync("profile", ("timezone", "Asia/Tokyo"));

        Assert.Equal(Utc("2026-11-29T03:00:00Z"), await NextDueAsync());
    }

    [Fact]
    public async Task ProfileTimeZone_AfterASkip_KeepsTheWeekSkipped()
    {
        await _bot.TurnOnNudgesAsync("Europe/Berlin", "friday", "18:30");
        await _bot.NudgesAsync("skip");

        await _bot.RunAsync("profile", ("timezone", "America/New_York"));

        // Friday 4 December 18:30 EST (-05): 23:30 UTC.
        Assert.Equal(Utc("2026-12-04T23:30:00Z"), await NextDueAsync());
    }

    [Fact]
    public async Task ProfileTimeZone_WhilePaused_ResumesOnTheSameDateInTheNewZone()
    {
        await _bot.TurnOnNudgesAsync("Europe/Berlin", "friday", "18:30");
        await _bot.NudgesAsync("pause", ("until", "2026-12-10"));

        await _bot.RunAsync("profile", ("timezone", "Asia/Kolkata"));

        // Friday 11 December 18:30 IST (+05:30): 13:00 UTC.
        Assert.Equal(Utc("2026-12-11T13:00:00Z"), await NextDueAsync());
    }

    [Fact]
    public async Task ProfileOtherSetting_LeavesTheNudgeAlone()
    {
        await _bot.TurnOnNudgesAsync("Europe/Berlin", "friday", "18:30");

        var reply = await _bot.RunAsync("profile", ("weekly_hours", 5L));

        Assert.Equal(Utc("2026-11-27T17:30:00Z"), await NextDueAsync());
        Assert.DoesNotContain("Weekly nudge", BotHarness.Text(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProfileTimeZone_NudgesOff_StayOff()
    {
        await _bot.TurnOnNudgesAsync("Europe/Berlin", "friday", "18:30");
        await _bot.NudgesAsync("off");

        var reply = await _bot.RunAsync("profile", ("timezone", "Asia/Tokyo"));

        Assert.Null(await NextDueAsync());
        Assert.DoesNotContain("Weekly nudge", BotHarness.Text(reply), StringComparison.Ordinal);
    }

    private async Task<DateTimeOffset?> NextDueAsync() => (await _bot.NudgeStatusAsync()).Settings?.NextDueAt;
}
