using Roadmap.Bot.Nudges;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Testing;
using static Roadmap.Bot.Tests.Fakes.NudgesHarness;

namespace Roadmap.Bot.Tests.Nudges;

/// <summary>
/// The buttons under a nudge, clicked from the member's DMs (a user, no server) through the real
/// router and SQLite: Start and Done change the milestone as /start and /done do, Skip this week
/// and Stop nudges act on the settings; every answer is only for the member.
/// </summary>
public sealed class NudgeButtonsTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Done_FromADm_MarksTheMilestoneDone()
    {
        var reply = await ClickAsync("v1:nudge:done:git-basics");

        Assert.True(reply.Ephemeral);
        Assert.StartsWith("✅ Marked **Git basics** as done.", reply.Content, StringComparison.Ordinal);
        Assert.Contains("**1** done", BotHarness.Text(await _bot.RunAsync("progress")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Done_AfterTheMilestoneWasDoneMeanwhile_SaysSoAndChangesNothing()
    {
        await _bot.RunAsync("done", ("milestone", "git-basics"));

        var reply = await ClickAsync("v1:nudge:done:git-basics");

        Assert.True(reply.Ephemeral);
        Assert.StartsWith("**Git basics** is already done; nothing changed.", reply.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_FromADm_StartsTheMilestone_AndOnADoneOneSaysItIsDone()
    {
        var started = await ClickAsync("v1:nudge:start:git-basics");
        await _bot.RunAsync("done", ("milestone", "http-basics"));
        var refused = await ClickAsync("v1:nudge:start:http-basics");

        Assert.StartsWith("🔄 Started **Git basics**.", started.Content, StringComparison.Ordinal);
        Assert.True(refused.Ephemeral);
        Assert.StartsWith("**HTTP requests and responses** is already done;", refused.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SkipThisWeek_SkipsTheNextNudgeOnly()
    {
        await _bot.TurnOnNudgesAsync("Europe/Berlin", "friday", "18:30");

        var reply = await ClickAsync("v1:nudge:skip-week");

        Assert.True(reply.Ephemeral);
        Assert.StartsWith("⏭️ Skipped the nudge of Friday 27 November 2026, 18:30.", reply.Content, StringComparison.Ordinal);
        Assert.Equal(Utc("2026-11-27T17:30:00Z"), (await _bot.NudgeStatusAsync()).Settings?.SkippedDueAt);
    }

    [Fact]
    public async Task StopNudges_TurnsThemOff()
    {
        await _bot.TurnOnNudgesAsync("Europe/Berlin", "friday", "18:30");

        var reply = await ClickAsync("v1:nudge:stop");

        Assert.True(reply.Ephemeral);
        Assert.StartsWith("🔕 Weekly nudges are off.", reply.Content, StringComparison.Ordinal);
        Assert.Equal(NudgeState.Off, (await _bot.NudgeStatusAsync()).Settings?.State);
    }

    [Theory]
    [InlineData("v1:nudge:undo:git-basics")]
    [InlineData("v1:nudge:done")]
    public async Task UnknownAction_SaysTheButtonNoLongerWorks(string customId)
    {
        var reply = await ClickAsync(customId);

        Assert.True(reply.Ephemeral);
        Assert.StartsWith("This button no longer works.", reply.Content, StringComparison.Ordinal);
    }

    /// <summary>A click in the DM with the bot: the interaction carries <c>user</c>, no guild and no member.</summary>
    private Task<Discord.Interactions.Reply> ClickAsync(string customId) =>
        _bot.SendAsync(InteractionFactory.ClickBy(InteractionFactory.MemberId, "ada", customId));
}
