using Roadmap.Bot.Nudges;
using Roadmap.Bot.Tests.Fakes;
using static Roadmap.Bot.Tests.Fakes.NudgesHarness;

namespace Roadmap.Bot.Tests.Nudges;

/// <summary>
/// /nudges on and off through the real router, store and SQLite, at <see cref="BotHarness.Start"/>:
/// Sunday 22 November 2026, 10:00 UTC (11:00 in Berlin, CET +01).
/// </summary>
public sealed class NudgesCommandTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task On_NoTimeZone_AsksForOneAndStaysOff()
    {
        var reply = await _bot.NudgesAsync("on", ("day", "friday"), ("time", "18:30"));

        Assert.True(reply.Ephemeral);
        Assert.Equal(NudgeReplies.AskForTimeZone, reply.Content);
        Assert.Contains("`/profile timezone:`", reply.Content, StringComparison.Ordinal);
        Assert.Null((await _bot.NudgeStatusAsync()).Settings);
        Assert.Contains("**Off.**", BotHarness.Text(await _bot.NudgesAsync("status")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_DayAndTime_ShowsTheNextAsTimestampAndOnTheMembersClock()
    {
        await _bot.RunAsync("profile", ("timezone", "Europe/Berlin"));

        var reply = await _bot.NudgesAsync("on", ("day", "friday"), ("time", "18:30"));

        // Friday 27 November 18:30 CET is 17:30 UTC: 1795800600.
        Assert.True(reply.Ephemeral);
        Assert.Contains("Weekly nudges are on: **Fridays at 18:30**, Europe/Berlin.", reply.Content, StringComparison.Ordinal);
        Assert.Contains("Next nudge: <t:1795800600:F> (<t:1795800600:R>), that is Friday 27 November 2026, 18:30 in Europe/Berlin.", reply.Content, StringComparison.Ordinal);
        Assert.Contains("by direct message", reply.Content, StringComparison.Ordinal);
        Assert.Equal(Utc("2026-11-27T17:30:00Z"), (await _bot.NudgeStatusAsync()).Settings?.NextDueAt);
    }

    [Fact]
    public async Task On_NoOptions_IsMondayAt0900()
    {
        await _bot.RunAsync("profile", ("timezone", "Europe/Berlin"));

        var reply = await _bot.NudgesAsync("on");

        Assert.Contains("**Mondays at 09:00**", reply.Content, StringComparison.Ordinal);
        Assert.Equal(Utc("2026-11-23T08:00:00Z"), (await _bot.NudgeStatusAsync()).Settings?.NextDueAt);
    }

    [Fact]
    public async Task On_AfterOff_KeepsTheDayAndTimeNotGivenAgain()
    {
        await _bot.RunAsync("profile", ("timezone", "Europe/Berlin"));
        await _bot.NudgesAsync("on", ("day", "friday"), ("time", "18:30"));
        await _bot.NudgesAsync("off");

        var reply = await _bot.NudgesAsync("on", ("time", "07:15"));

        Assert.Contains("**Fridays at 07:15**", reply.Content, StringComparison.Ordinal);
        Assert.Equal(Utc("2026-11-27T06:15:00Z"), (await _bot.NudgeStatusAsync()).Settings?.NextDueAt);
    }

    [Fact]
    public async Task On_NextFallsOnASpringForwardNight_SaysWhenItComesInstead()
    {
        // Sunday 14 March 2027: New York's clocks jump from 02:00 to 03:00, so 02:30 is 03:30 EDT, 07:30 UTC.
        _bot.Clock.SetUtcNow(Utc("2027-03-10T12:00:00Z"));
        await _bot.RunAsync("profile", ("timezone", "America/New_York"));

        var reply = await _bot.NudgesAsync("on", ("day", "sunday"), ("time", "02:30"));

        Assert.Contains("Sunday 14 March 2027, 03:30 in America/New_York.", reply.Content, StringComparison.Ordinal);
        Assert.Contains("The clocks go forward that night and skip 02:30", reply.Content, StringComparison.Ordinal);
        Assert.Equal(Utc("2027-03-14T07:30:00Z"), (await _bot.NudgeStatusAsync()).Settings?.NextDueAt);
    }

    [Theory]
    [InlineData("25:00")]
    [InlineData("9am")]
    [InlineData("18:60")]
    [InlineData("1830")]
    public async Task On_BadTime_SaysHowToWriteItAndChangesNothing(string time)
    {
        await _bot.RunAsync("profile", ("timezone", "Europe/Berlin"));

        var reply = await _bot.NudgesAsync("on", ("time", time));

        Assert.True(reply.Ephemeral);
        Assert.Equal($"`{time}` is not a time I can read. Write it as HH:MM on a 24-hour clock, such as `09:00` or `18:30`.", reply.Content);
        Assert.Null((await _bot.NudgeStatusAsync()).Settings);
    }

    [Fact]
    public async Task Off_WhenOn_StopsTheNudgesAndSaysHowToResume()
    {
        await _bot.TurnOnNudgesAsync("Europe/Berlin", "friday", "18:30");

        var reply = await _bot.NudgesAsync("off");

        Assert.Equal("🔕 Weekly nudges are off. `/nudges on` turns them back on: Fridays at 18:30, unless you pick another `day:` or `time:`.", reply.Content);
        var settings = (await _bot.NudgeStatusAsync()).Settings;
        Assert.Equal(NudgeState.Off, settings?.State);
        Assert.Null(settings?.NextDueAt);
    }

    [Fact]
    public async Task Off_WhenAlreadyOff_SaysSo()
    {
        var reply = await _bot.NudgesAsync("off");

        Assert.Equal("Weekly nudges are already off. Turn them on with `/nudges on day: time:`.", reply.Content);
    }
}
