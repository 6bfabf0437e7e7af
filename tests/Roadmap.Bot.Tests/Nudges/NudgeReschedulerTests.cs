using System.Globalization;
using Roadmap.Bot.Nudges;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Discord.Interactions;
using Roadmap.Testing;

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
        await OnAsync("Europe/Berlin", "friday", "18:30");

        var reply = await _bot.RunAsync("profile", ("timezone", "Asia/Tokyo"));

        // Friday 27 November 18:30 in Tokyo (+09) instead of Berlin (+01): 09:30 UTC, 1795771800.
        Assert.Equal(Utc("2026-11-27T09:30:00Z"), await NextDueAsync());
        Assert.Contains("**Weekly nudge:** still Fridays at 18:30, now in Asia/Tokyo. Next nudge: <t:1795771800:F>", BotHarness.Text(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProfileTimeZone_EastwardPastTheTime_TakesTheNextWeek()
    {
        // Sunday 12:00 in New York is 17:00 UTC today; Sunday 12:00 in Tokyo was 03:00 UTC, already past.
        await OnAsync("America/New_York", "sunday", "12:00");
        Assert.Equal(Utc("2026-11-22T17:00:00Z"), await NextDueAsync());

        await _bot.RunAsync("profile", ("timezone", "Asia/Tokyo"));

        Assert.Equal(Utc("2026-11-29T03:00:00Z"), await NextDueAsync());
    }

    [Fact]
    public async Task ProfileTimeZone_AfterASkip_KeepsTheWeekSkipped()
    {
        await OnAsync("Europe/Berlin", "friday", "18:30");
        await NudgesAsync("skip");

        await _bot.RunAsync("profile", ("timezone", "America/New_York"));

        // Friday 4 December 18:30 EST (-05): 23:30 UTC.
        Assert.Equal(Utc("2026-12-04T23:30:00Z"), await NextDueAsync());
    }

    [Fact]
    public async Task ProfileTimeZone_WhilePaused_ResumesOnTheSameDateInTheNewZone()
    {
        await OnAsync("Europe/Berlin", "friday", "18:30");
        await NudgesAsync("pause", ("until", "2026-12-10"));

        await _bot.RunAsync("profile", ("timezone", "Asia/Kolkata"));

        // Friday 11 December 18:30 IST (+05:30): 13:00 UTC.
        Assert.Equal(Utc("2026-12-11T13:00:00Z"), await NextDueAsync());
    }

    [Fact]
    public async Task ProfileOtherSetting_LeavesTheNudgeAlone()
    {
        await OnAsync("Europe/Berlin", "friday", "18:30");

        var reply = await _bot.RunAsync("profile", ("weekly_hours", 5L));

        Assert.Equal(Utc("2026-11-27T17:30:00Z"), await NextDueAsync());
        Assert.DoesNotContain("Weekly nudge", BotHarness.Text(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProfileTimeZone_NudgesOff_StayOff()
    {
        await OnAsync("Europe/Berlin", "friday", "18:30");
        await NudgesAsync("off");

        var reply = await _bot.RunAsync("profile", ("timezone", "Asia/Tokyo"));

        Assert.Null(await NextDueAsync());
        Assert.DoesNotContain("Weekly nudge", BotHarness.Text(reply), StringComparison.Ordinal);
    }

    private async Task OnAsync(string zone, string day, string time)
    {
        await _bot.RunAsync("profile", ("timezone", zone));
        var reply = await NudgesAsync("on", ("day", day), ("time", time));
        Assert.Contains("Weekly nudges are on", reply.Content, StringComparison.Ordinal);
    }

    private Task<Reply> NudgesAsync(string subcommand, params (string Name, string Value)[] options) =>
        _bot.SendAsync(InteractionFactory.Command("nudges", InteractionFactory.Sub(subcommand, options.Select(o => InteractionFactory.Option(o.Name, o.Value)).ToArray())));

    private async Task<DateTimeOffset?> NextDueAsync() =>
        (await _bot.Get<NudgeService>().StatusAsync(InteractionFactory.MemberId, CancellationToken.None)).Settings?.NextDueAt;

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
