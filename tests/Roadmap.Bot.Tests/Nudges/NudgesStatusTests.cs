using Roadmap.Bot.Tests.Fakes;
using Roadmap.Testing;
using static Roadmap.Bot.Tests.Fakes.NudgesHarness;

namespace Roadmap.Bot.Tests.Nudges;

/// <summary>/nudges status: on, off or paused and why, the next nudge, how it comes and how the last one went.</summary>
public sealed class NudgesStatusTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Status_On_ShowsNextHowAndNoLastOne()
    {
        await _bot.TurnOnNudgesAsync("Europe/Berlin", "friday", "18:30");

        var reply = await _bot.NudgesAsync("status");

        var text = BotHarness.Text(reply);
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
        await _bot.TurnOnNudgesAsync("Europe/Berlin", "friday", "18:30");
        await InsertNudgeAsync(Utc("2026-11-20T17:30:00Z"), "sent", errorCode: null);
        await InsertNudgeAsync(Utc("2026-11-13T17:30:00Z"), "failed", errorCode: 50007);

        var sent = BotHarness.Text(await _bot.NudgesAsync("status"));
        await InsertNudgeAsync(Utc("2026-11-21T17:30:00Z"), "failed", errorCode: 50007);
        var failed = BotHarness.Text(await _bot.NudgesAsync("status"));

        Assert.Contains("**Last one:** the one of <t:1795195800:f>, sent", sent, StringComparison.Ordinal);
        Assert.Contains("**Last one:** the one of <t:1795282200:f> could not be sent (Discord error 50007)", failed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_Paused_SaysWhyAndWhenItResumes()
    {
        await _bot.TurnOnNudgesAsync("Europe/Berlin", "friday", "18:30");
        await _bot.NudgesAsync("pause", ("until", "2026-12-10"));

        var text = BotHarness.Text(await _bot.NudgesAsync("status"));

        Assert.Contains("**Paused:** you paused them until Thursday 10 December 2026. They resume by themselves", text, StringComparison.Ordinal);
        Assert.Contains("<t:1797010200:F>", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_PausedBecauseDmsAreClosed_SaysHowToFixIt()
    {
        await _bot.TurnOnNudgesAsync("Europe/Berlin", "friday", "18:30");
        await _bot.ExecuteAsync("UPDATE nudge_settings SET state = 'paused', pause_reason = 'dms_closed', next_due_at = NULL");

        var text = BotHarness.Text(await _bot.NudgesAsync("status"));

        Assert.Contains("**Paused:** I could not send you a direct message: your DMs are closed to me.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<t:", text.Split("**Last one:**")[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_NeverSetUp_IsOffAndAsksForAZone()
    {
        var text = BotHarness.Text(await _bot.NudgesAsync("status"));

        Assert.Contains("**Off.** `/nudges on` turns them on: Mondays at 09:00 on your clock", text, StringComparison.Ordinal);
        Assert.Contains("first set your time zone with `/profile timezone:`", text, StringComparison.Ordinal);
    }

    private Task InsertNudgeAsync(DateTimeOffset due, string state, int? errorCode) =>
        _bot.ExecuteAsync(
            "INSERT INTO nudges (member_id, due_at, state, claimed_at, error_code) VALUES (@MemberId, @Due, @State, @Due, @ErrorCode)",
            new { MemberId = (long)InteractionFactory.MemberId, Due = due.ToUnixTimeMilliseconds(), State = state, ErrorCode = errorCode });
}
