using Roadmap.Bot.Nudges;
using Roadmap.Bot.Tests.Fakes;
using static Roadmap.Bot.Tests.Fakes.NudgesHarness;

namespace Roadmap.Bot.Tests.Nudges;

/// <summary>/nudges pause and skip, from Sunday 22 November 2026, 10:00 UTC, with nudges on for Fridays at 18:30 in Berlin.</summary>
public sealed class NudgesPauseAndSkipTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Pause_FutureDate_IsDueNoEarlierThanThatDateAndSaysItResumes()
    {
        await _bot.TurnOnNudgesAsync("Europe/Berlin", "friday", "18:30");

        var reply = await _bot.NudgesAsync("pause", ("until", "2026-12-10"));

        // Thursday 10 December: the first Friday 18:30 on or after it is 11 December, 17:30 UTC (1797010200).
        Assert.Contains("paused until Thursday 10 December 2026. They resume by themselves.", reply.Content, StringComparison.Ordinal);
        Assert.Contains("<t:1797010200:F>", reply.Content, StringComparison.Ordinal);
        var settings = (await _bot.NudgeStatusAsync()).Settings;
        Assert.Equal(NudgeState.Paused, settings?.State);
        Assert.Equal(PauseReason.Member, settings?.PauseReason);
        Assert.Equal("2026-12-10", settings?.PausedUntil);
        Assert.Equal(Utc("2026-12-11T17:30:00Z"), settings?.NextDueAt);
    }

    [Theory]
    [InlineData("2026-11-21")]
    [InlineData("2026-11-22")]
    public async Task Pause_TodayOrBefore_IsRefusedWithTodaysDate(string until)
    {
        await _bot.TurnOnNudgesAsync("Europe/Berlin", "friday", "18:30");

        var reply = await _bot.NudgesAsync("pause", ("until", until));

        Assert.Equal($"`{until}` is not after today (2026-11-22 in Europe/Berlin). Pick a later date, such as `2026-11-29`.", reply.Content);
        Assert.Equal(NudgeState.On, (await _bot.NudgeStatusAsync()).Settings?.State);
    }

    [Fact]
    public async Task Pause_TomorrowInUtcButTodayInTheMembersZone_IsRefused()
    {
        await _bot.RunAsync("profile", ("timezone", "Asia/Tokyo"));
        await _bot.NudgesAsync("on");
        _bot.Clock.SetUtcNow(Utc("2026-11-22T15:30:00Z")); // 00:30 on 23 November in Tokyo

        var reply = await _bot.NudgesAsync("pause", ("until", "2026-11-23"));

        Assert.Equal("`2026-11-23` is not after today (2026-11-23 in Asia/Tokyo). Pick a later date, such as `2026-11-30`.", reply.Content);
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("2026-02-30")]
    [InlineData("next week")]
    [InlineData("10/12/2026")]
    public async Task Pause_NotADate_SaysHowToWriteIt(string until)
    {
        await _bot.TurnOnNudgesAsync("Europe/Berlin", "friday", "18:30");

        var reply = await _bot.NudgesAsync("pause", ("until", until));

        Assert.True(reply.Ephemeral);
        Assert.Equal($"`{until}` is not a date I can read. Write it as YYYY-MM-DD, such as `2026-12-06`.", reply.Content);
    }

    [Fact]
    public async Task Pause_MoreThanAYear_PointsToOff()
    {
        await _bot.TurnOnNudgesAsync("Europe/Berlin", "friday", "18:30");

        var reply = await _bot.NudgesAsync("pause", ("until", "2028-01-01"));

        Assert.Equal("A pause lasts at most a year, until `2027-11-22`. To stop nudges for longer, use `/nudges off`.", reply.Content);
    }

    [Fact]
    public async Task Pause_WhenOff_HasNothingToPause()
    {
        var reply = await _bot.NudgesAsync("pause", ("until", "2026-12-10"));

        Assert.Equal("Weekly nudges are off, so there is nothing to pause. Turn them on with `/nudges on`.", reply.Content);
        Assert.Null((await _bot.NudgeStatusAsync()).Settings);
    }

    [Fact]
    public async Task Skip_WhenOn_SkipsOnlyTheNextOne()
    {
        await _bot.TurnOnNudgesAsync("Europe/Berlin", "friday", "18:30");

        var reply = await _bot.NudgesAsync("skip");

        Assert.Contains("Skipped the nudge of Friday 27 November 2026, 18:30. Only that one", reply.Content, StringComparison.Ordinal);
        Assert.Contains("Friday 4 December 2026, 18:30 in Europe/Berlin", reply.Content, StringComparison.Ordinal);
        var settings = (await _bot.NudgeStatusAsync()).Settings;
        Assert.Equal(Utc("2026-12-04T17:30:00Z"), settings?.NextDueAt);
        Assert.Equal(Utc("2026-11-27T17:30:00Z"), settings?.SkippedDueAt);
    }

    [Fact]
    public async Task Skip_Twice_DoesNotSkipASecondWeek()
    {
        await _bot.TurnOnNudgesAsync("Europe/Berlin", "friday", "18:30");
        await _bot.NudgesAsync("skip");

        var reply = await _bot.NudgesAsync("skip");

        Assert.StartsWith("You already skipped the nudge of Friday 27 November 2026, 18:30; `/nudges skip` skips only the next one.", reply.Content, StringComparison.Ordinal);
        Assert.Equal(Utc("2026-12-04T17:30:00Z"), (await _bot.NudgeStatusAsync()).Settings?.NextDueAt);
    }

    [Fact]
    public async Task Skip_AfterTheSkippedOnePassed_SkipsTheNextAgain()
    {
        await _bot.TurnOnNudgesAsync("Europe/Berlin", "friday", "18:30");
        await _bot.NudgesAsync("skip");
        _bot.Clock.SetUtcNow(Utc("2026-11-28T12:00:00Z"));

        await _bot.NudgesAsync("skip");

        Assert.Equal(Utc("2026-12-11T17:30:00Z"), (await _bot.NudgeStatusAsync()).Settings?.NextDueAt);
    }

    [Fact]
    public async Task Skip_WhenOffOrPaused_SaysThereIsNothingToSkip()
    {
        var off = await _bot.NudgesAsync("skip");
        await _bot.TurnOnNudgesAsync("Europe/Berlin", "friday", "18:30");
        await _bot.NudgesAsync("pause", ("until", "2026-12-10"));

        var paused = await _bot.NudgesAsync("skip");

        Assert.Equal("Weekly nudges are off, so there is nothing to skip. Turn them on with `/nudges on`.", off.Content);
        Assert.StartsWith("Weekly nudges are paused until Thursday 10 December 2026: none comes before then", paused.Content, StringComparison.Ordinal);
        Assert.Equal(Utc("2026-12-11T17:30:00Z"), (await _bot.NudgeStatusAsync()).Settings?.NextDueAt);
    }
}
