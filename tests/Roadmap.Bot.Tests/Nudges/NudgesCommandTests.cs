using System.Globalization;
using Roadmap.Bot.Nudges;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Discord.Interactions;
using Roadmap.Testing;

namespace Roadmap.Bot.Tests.Nudges;

/// <summary>
/// /nudges through the real router, store and SQLite, at <see cref="BotHarness.Start"/>: Sunday
/// 22 November 2026, 10:00 UTC (11:00 in Berlin, CET +01).
/// </summary>
public sealed class NudgesCommandTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task On_NoTimeZone_AsksForOneAndStaysOff()
    {
        var reply = await NudgesAsync("on", ("day", "friday"), ("time", "18:30"));

        Assert.True(reply.Ephemeral);
        Assert.Equal(NudgeReplies.AskForTimeZone, reply.Content);
        Assert.Contains("`/profile timezone:`", reply.Content, StringComparison.Ordinal);
        Assert.Null((await StatusAsync()).Settings);
        Assert.Contains("**Off.**", Text(await NudgesAsync("status")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_DayAndTime_ShowsTheNextAsTimestampAndOnTheMembersClock()
    {
        await _bot.RunAsync("profile", ("timezone", "Europe/Berlin"));

        var reply = await NudgesAsync("on", ("day", "friday"), ("time", "18:30"));

        // Friday 27 November 18:30 CET is 17:30 UTC: 1795800600.
        Assert.True(reply.Ephemeral);
        Assert.Contains("Weekly nudges are on: **Fridays at 18:30**, Europe/Berlin.", reply.Content, StringComparison.Ordinal);
        Assert.Contains("Next nudge: <t:1795800600:F> (<t:1795800600:R>), that is Friday 27 November 2026, 18:30 in Europe/Berlin.", reply.Content, StringComparison.Ordinal);
        Assert.Contains("by direct message", reply.Content, StringComparison.Ordinal);
        Assert.Equal(Utc("2026-11-27T17:30:00Z"), (await StatusAsync()).Settings?.NextDueAt);
    }

    [Fact]
    public async Task On_NoOptions_IsMondayAt0900()
    {
        await _bot.RunAsync("profile", ("timezone", "Europe/Berlin"));

        var reply = await NudgesAsync("on");

        Assert.Contains("**Mondays at 09:00**", reply.Content, StringComparison.Ordinal);
        Assert.Equal(Utc("2026-11-23T08:00:00Z"), (await StatusAsync()).Settings?.NextDueAt);
    }

    [Fact]
    public async Task On_AfterOff_KeepsTheDayAndTimeNotGivenAgain()
    {
        await _bot.RunAsync("profile", ("timezone", "Europe/Berlin"));
        await NudgesAsync("on", ("day", "friday"), ("time", "18:30"));
        await NudgesAsync("off");

        var reply = await NudgesAsync("on", ("time", "07:15"));

        Assert.Contains("**Fridays at 07:15**", reply.Content, StringComparison.Ordinal);
        Assert.Equal(Utc("2026-11-27T06:15:00Z"), (await StatusAsync()).Settings?.NextDueAt);
    }

    [Fact]
    public async Task On_NextFallsOnASpringForwardNight_SaysWhenItComesInstead()
    {
        // Sunday 14 March 2027: New York's clocks jump from 02:00 to 03:00, so 02:30 is 03:30 EDT, 07:30 UTC.
        _bot.Clock.SetUtcNow(Utc("2027-03-10T12:00:00Z"));
        await _bot.RunAsync("profile", ("timezone", "America/New_York"));

        var reply = await NudgesAsync("on", ("day", "sunday"), ("time", "02:30"));

        Assert.Contains("Sunday 14 March 2027, 03:30 in America/New_York.", reply.Content, StringComparison.Ordinal);
        Assert.Contains("The clocks go forward that night and skip 02:30", reply.Content, StringComparison.Ordinal);
        Assert.Equal(Utc("2027-03-14T07:30:00Z"), (await StatusAsync()).Settings?.NextDueAt);
    }

    [Theory]
    [InlineData("25:00")]
    [InlineData("9am")]
    [InlineData("18:60")]
    [InlineData("1830")]
    public async Task On_BadTime_SaysHowToWriteItAndChangesNothing(string time)
    {
        await _bot.RunAsync("profile", ("timezone", "Europe/Berlin"));

        var reply = await NudgesAsync("on", ("time", time));

        Assert.True(reply.Ephemeral);
        Assert.Equal($"`{time}` is not a time I can read. Write it as HH:MM on a 24-hour clock, such as `09:00` or `18:30`.", reply.Content);
        Assert.Null((await StatusAsync()).Settings);
    }

    [Fact]
    public async Task Off_WhenOn_StopsTheNudgesAndSaysHowToResume()
    {
        await TurnOnFridayEveningInBerlinAsync();

        var reply = await NudgesAsync("off");

        Assert.Equal("🔕 Weekly nudges are off. `/nudges on` turns them back on: Fridays at 18:30, unless you pick another `day:` or `time:`.", reply.Content);
        var settings = (await StatusAsync()).Settings;
        Assert.Equal(NudgeState.Off, settings?.State);
        Assert.Null(settings?.NextDueAt);
    }

    [Fact]
    public async Task Off_WhenAlreadyOff_SaysSo()
    {
        var reply = await NudgesAsync("off");

        Assert.Equal("Weekly nudges are already off. Turn them on with `/nudges on day: time:`.", reply.Content);
    }

    [Fact]
    public async Task Pause_FutureDate_IsDueNoEarlierThanThatDateAndSaysItResumes()
    {
        await TurnOnFridayEveningInBerlinAsync();

        var reply = await NudgesAsync("pause", ("until", "2026-12-10"));

        // Thursday 10 December: the first Friday 18:30 on or after it is 11 December, 17:30 UTC (1797010200).
        Assert.Contains("paused until Thursday 10 December 2026. They resume by themselves.", reply.Content, StringComparison.Ordinal);
        Assert.Contains("<t:1797010200:F>", reply.Content, StringComparison.Ordinal);
        var settings = (await StatusAsync()).Settings;
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
        await TurnOnFridayEveningInBerlinAsync();

        var reply = await NudgesAsync("pause", ("until", until));

        Assert.Equal($"`{until}` is not after today (2026-11-22 in Europe/Berlin). Pick a later date, such as `2026-11-29`.", reply.Content);
        Assert.Equal(NudgeState.On, (await StatusAsync()).Settings?.State);
    }

    [Fact]
    public async Task Pause_TomorrowInUtcButTodayInTheMembersZone_IsRefused()
    {
        await _bot.RunAsync("profile", ("timezone", "Asia/Tokyo"));
        await NudgesAsync("on");
        _bot.Clock.SetUtcNow(Utc("2026-11-22T15:30:00Z")); // 00:30 on 23 November in Tokyo

        var reply = await NudgesAsync("pause", ("until", "2026-11-23"));

        Assert.Equal("`2026-11-23` is not after today (2026-11-23 in Asia/Tokyo). Pick a later date, such as `2026-11-30`.", reply.Content);
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("2026-02-30")]
    [InlineData("next week")]
    [InlineData("10/12/2026")]
    public async Task Pause_NotADate_SaysHowToWriteIt(string until)
    {
        await TurnOnFridayEveningInBerlinAsync();

        var reply = await NudgesAsync("pause", ("until", until));

        Assert.True(reply.Ephemeral);
        Assert.Equal($"`{until}` is not a date I can read. Write it as YYYY-MM-DD, such as `2026-12-06`.", reply.Content);
    }

    [Fact]
    public async Task Pause_MoreThanAYear_PointsToOff()
    {
        await TurnOnFridayEveningInBerlinAsync();

        var reply = await NudgesAsync("pause", ("until", "2028-01-01"));

        Assert.Equal("A pause lasts at most a year, until `2027-11-22`. To stop nudges for longer, use `/nudges off`.", reply.Content);
    }

    [Fact]
    public async Task Pause_WhenOff_HasNothingToPause()
    {
        var reply = await NudgesAsync("pause", ("until", "2026-12-10"));

        Assert.Equal("Weekly nudges are off, so there is nothing to pause. Turn them on with `/nudges on`.", reply.Content);
        Assert.Null((await StatusAsync()).Settings);
    }

    [Fact]
    public async Task Skip_WhenOn_SkipsOnlyTheNextOne()
    {
        await TurnOnFridayEveningInBerlinAsync();

        var reply = await NudgesAsync("skip");

        Assert.Contains("Skipped the nudge of Friday 27 November 2026, 18:30. Only that one", reply.Content, StringComparison.Ordinal);
        Assert.Contains("Friday 4 December 2026, 18:30 in Europe/Berlin", reply.Content, StringComparison.Ordinal);
        var settings = (await StatusAsync()).Settings;
        Assert.Equal(Utc("2026-12-04T17:30:00Z"), settings?.NextDueAt);
        Assert.Equal(Utc("2026-11-27T17:30:00Z"), settings?.SkippedDueAt);
    }

    [Fact]
    public async Task Skip_Twice_DoesNotSkipASecondWeek()
    {
        await TurnOnFridayEveningInBerlinAsync();
        await NudgesAsync("skip");

        var reply = await NudgesAsync("skip");

        Assert.StartsWith("You already skipped the nudge of Friday 27 November 2026, 18:30; `/nudges skip` skips only the next one.", reply.Content, StringComparison.Ordinal);
        Assert.Equal(Utc("2026-12-04T17:30:00Z"), (await StatusAsync()).Settings?.NextDueAt);
    }

    [Fact]
    public async Task Skip_AfterTheSkippedOnePassed_SkipsTheNextAgain()
    {
        await TurnOnFridayEveningInBerlinAsync();
        await NudgesAsync("skip");
        _bot.Clock.SetUtcNow(Utc("2026-11-28T12:00:00Z"));

        await NudgesAsync("skip");

        Assert.Equal(Utc("2026-12-11T17:30:00Z"), (await StatusAsync()).Settings?.NextDueAt);
    }

    [Fact]
    public async Task Skip_WhenOffOrPaused_SaysThereIsNothingToSkip()
    {
        var off = await NudgesAsync("skip");
        await TurnOnFridayEveningInBerlinAsync();
        await NudgesAsync("pause", ("until", "2026-12-10"));

        var paused = await NudgesAsync("skip");

        Assert.Equal("Weekly nudges are off, so there is nothing to skip. Turn them on with `/nudges on`.", off.Content);
        Assert.StartsWith("Weekly nudges are paused until Thursday 10 December 2026: none comes before then", paused.Content, StringComparison.Ordinal);
        Assert.Equal(Utc("2026-12-11T17:30:00Z"), (await StatusAsync()).Settings?.NextDueAt);
    }

    [Fact]
    public async Task Status_On_ShowsNextHowAndNoLastOne()
    {
        await TurnOnFridayEveningInBerlinAsync();

        var reply = await NudgesAsync("status");

        var text = Text(reply);
        Assert.True(reply.Ephemeral);
        Assert.Contains("**On:** Fridays at 18:30, Europe/Berlin", text, StringComparison.Ordinal);
        Assert.Contains("<t:1795800600:F> (<t:1795800600:R>)", text, StringComparison.Ordinal);
        Assert.Contains("Friday 27 November 2026, 18:30 in Europe/Berlin", text, StringComparison.Ordinal);
        Assert.Contains("**How:** by direct message", text, StringComparison.Ordinal);
        Assert.Contains("**Last one:** none yet", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_AfterANudgeFailed_ShowsTheLastOutcome()
    {
        await TurnOnFridayEveningInBerlinAsync();
        await InsertNudgeAsync(Utc("2026-11-20T17:30:00Z"), "sent", errorCode: null);
        await InsertNudgeAsync(Utc("2026-11-13T17:30:00Z"), "failed", errorCode: 50007);

        var sent = Text(await NudgesAsync("status"));
        await InsertNudgeAsync(Utc("2026-11-21T17:30:00Z"), "failed", errorCode: 50007);
        var failed = Text(await NudgesAsync("status"));

        Assert.Contains("**Last one:** the one of <t:1795195800:f>, sent", sent, StringComparison.Ordinal);
        Assert.Contains("**Last one:** the one of <t:1795282200:f> could not be sent (Discord error 50007)", failed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_Paused_SaysWhyAndWhenItResumes()
    {
        await TurnOnFridayEveningInBerlinAsync();
        await NudgesAsync("pause", ("until", "2026-12-10"));

        var text = Text(await NudgesAsync("status"));

        Assert.Contains("**Paused:** you paused them until Thursday 10 December 2026. They resume by themselves", text, StringComparison.Ordinal);
        Assert.Contains("<t:1797010200:F>", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_PausedBecauseDmsAreClosed_SaysHowToFixIt()
    {
        await TurnOnFridayEveningInBerlinAsync();
        await ExecuteAsync("UPDATE nudge_settings SET state = 'paused', pause_reason = 'dms_closed', next_due_at = NULL");

        var text = Text(await NudgesAsync("status"));

        Assert.Contains("**Paused:** I could not send you a direct message: your DMs are closed to me.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<t:", text.Split("**Last one:**")[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_NeverSetUp_IsOffAndAsksForAZone()
    {
        var text = Text(await NudgesAsync("status"));

        Assert.Contains("**Off.** `/nudges on` turns them on: Mondays at 09:00 on your clock", text, StringComparison.Ordinal);
        Assert.Contains("first set your time zone with `/profile timezone:`", text, StringComparison.Ordinal);
    }

    private async Task TurnOnFridayEveningInBerlinAsync()
    {
        await _bot.RunAsync("profile", ("timezone", "Europe/Berlin"));
        var reply = await NudgesAsync("on", ("day", "friday"), ("time", "18:30"));
        Assert.Contains("Weekly nudges are on", reply.Content, StringComparison.Ordinal);
    }

    private Task<Reply> NudgesAsync(string subcommand, params (string Name, string Value)[] options) =>
        _bot.SendAsync(InteractionFactory.Command("nudges", InteractionFactory.Sub(subcommand, options.Select(o => InteractionFactory.Option(o.Name, o.Value)).ToArray())));

    private Task<NudgeStatus> StatusAsync() => _bot.Get<NudgeService>().StatusAsync(InteractionFactory.MemberId, CancellationToken.None);

    private Task InsertNudgeAsync(DateTimeOffset due, string state, int? errorCode) =>
        ExecuteAsync(
            "INSERT INTO nudges (member_id, due_at, state, claimed_at, error_code) VALUES (@MemberId, @Due, @State, @Due, @ErrorCode)",
            new { MemberId = (long)InteractionFactory.MemberId, Due = due.ToUnixTimeMilliseconds(), State = state, ErrorCode = errorCode });

    private async Task ExecuteAsync(string sql, object? parameters = null)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_bot.DatabasePath}");
        await connection.OpenAsync();
        await Dapper.SqlMapper.ExecuteAsync(connection, sql, parameters);
    }

    private static string Text(Reply reply) => BotHarness.Text(reply);

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
