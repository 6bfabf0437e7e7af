using Roadmap.Bot.Nudges;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Discord.Interactions;
using Roadmap.Testing;

namespace Roadmap.Bot.Tests.Nudges;

/// <summary>
/// The weekly nudge offered on a member's first recorded progress, through the real router and
/// SQLite: offered once (remembered across a restart), never to a member with nudge settings, and
/// the button turning nudges on as /nudges on does.
/// </summary>
public sealed class NudgeOptInTests : IAsyncLifetime
{
    private const string OfferId = "v1:nudge:opt-in:555:1:540";

    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task FirstDone_EndsWithTheOfferLineAndButton()
    {
        var reply = await _bot.RunAsync("done", ("milestone", "git-basics"));

        Assert.True(reply.Ephemeral);
        Assert.EndsWith("\n" + NudgeOptIn.Line, reply.Content, StringComparison.Ordinal);
        Assert.Equal(("Send me a weekly nudge", OfferId), BotHarness.Actions(reply)[^1]);
        Assert.Equal(2, reply.Components.Count);
        Assert.Equal(BotHarness.Start, (await _bot.NudgeStatusAsync()).Settings?.OfferedAt);
    }

    [Fact]
    public async Task SecondProgress_OffersNothing()
    {
        await _bot.RunAsync("start", ("milestone", "git-basics"));

        var reply = await _bot.RunAsync("done", ("milestone", "git-basics"));

        Assert.DoesNotContain("weekly", reply.Content, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(BotHarness.Actions(reply), a => a.CustomId.StartsWith("v1:nudge:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FirstProgressByButton_OffersToo()
    {
        var reply = await _bot.ClickAsync("v1:progress:start:git-basics");

        Assert.StartsWith("🔄 Started **Git basics**.", reply.Content, StringComparison.Ordinal);
        Assert.Contains((NudgeOptIn.ButtonLabel, OfferId), BotHarness.Actions(reply));
    }

    [Fact]
    public async Task AfterARestart_OffersNothingAgain()
    {
        await _bot.RunAsync("skip", ("milestone", "git-basics"));
        _bot = await _bot.RestartAsync();

        var reply = await _bot.RunAsync("done", ("milestone", "http-basics"));

        Assert.StartsWith("✅ Marked **HTTP requests and responses** as done.", reply.Content, StringComparison.Ordinal);
        Assert.DoesNotContain(NudgeOptIn.Line, reply.Content, StringComparison.Ordinal);
        Assert.DoesNotContain(BotHarness.Actions(reply), a => a.Label == NudgeOptIn.ButtonLabel);
    }

    [Fact]
    public async Task NudgesAlreadyOn_OffersNothing()
    {
        await _bot.TurnOnNudgesAsync("Europe/Berlin", "friday", "18:30");

        var reply = await _bot.RunAsync("done", ("milestone", "git-basics"));

        Assert.DoesNotContain(NudgeOptIn.Line, reply.Content, StringComparison.Ordinal);
        Assert.DoesNotContain(BotHarness.Actions(reply), a => a.Label == NudgeOptIn.ButtonLabel);
    }

    [Fact]
    public async Task NudgesTurnedOffBefore_OffersNothing()
    {
        await _bot.TurnOnNudgesAsync("Europe/Berlin", "friday", "18:30");
        await _bot.NudgesAsync("off");

        var reply = await _bot.RunAsync("done", ("milestone", "git-basics"));

        Assert.DoesNotContain(NudgeOptIn.Line, reply.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Undo_OffersNothing()
    {
        var reply = await _bot.RunAsync("undo", ("milestone", "git-basics"));

        Assert.DoesNotContain(NudgeOptIn.Line, reply.Content, StringComparison.Ordinal);
        Assert.Null((await _bot.NudgeStatusAsync()).Settings);
    }

    [Fact]
    public async Task Button_WithATimeZone_TurnsNudgesOnMondaysAtNineAndSendsTheConfirmation()
    {
        await _bot.RunAsync("profile", ("timezone", "Europe/Berlin"));
        var offer = await _bot.RunAsync("done", ("milestone", "git-basics"));

        var reply = await _bot.ClickAsync(BotHarness.Actions(offer).Single(a => a.Label == NudgeOptIn.ButtonLabel).CustomId);

        Assert.True(reply.Ephemeral);
        Assert.StartsWith("🔔 Weekly nudges are on: **Mondays at 09:00**, Europe/Berlin.", reply.Content, StringComparison.Ordinal);
        var (memberId, text) = Assert.Single(_bot.Get<FakeNudgeSender>().Confirmations);
        Assert.Equal(InteractionFactory.MemberId, memberId);
        Assert.StartsWith("🔔 You'll hear from me on Mondays at 09:00, Europe/Berlin.", text, StringComparison.Ordinal);
        Assert.Equal(NudgeState.On, (await _bot.NudgeStatusAsync()).Settings?.State);
    }

    [Fact]
    public async Task Button_AfterARestart_StillTurnsNudgesOn()
    {
        await _bot.RunAsync("profile", ("timezone", "Asia/Kolkata"));
        await _bot.RunAsync("done", ("milestone", "git-basics"));
        _bot = await _bot.RestartAsync();

        var reply = await _bot.ClickAsync(OfferId);

        Assert.StartsWith("🔔 Weekly nudges are on: **Mondays at 09:00**, Asia/Kolkata.", reply.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Button_WithoutATimeZone_AsksForOneAndLeavesNudgesOff()
    {
        await _bot.RunAsync("done", ("milestone", "git-basics"));

        var reply = await _bot.ClickAsync(OfferId);

        Assert.True(reply.Ephemeral);
        Assert.Equal(NudgeOptIn.AskForTimeZone, reply.Content);
        Assert.Contains("`/profile timezone:`", reply.Content, StringComparison.Ordinal);
        Assert.Empty(_bot.Get<FakeNudgeSender>().Confirmations);
        Assert.Equal(NudgeState.Off, (await _bot.NudgeStatusAsync()).Settings?.State);
    }

    [Fact]
    public async Task Button_DmsClosed_SaysSoAndLeavesNudgesOff()
    {
        _bot.Get<FakeNudgeSender>().ConfirmAnswer = _ => new NudgeDelivery(NudgeDeliveryOutcome.DmsClosed, ErrorCode: 50007);
        await _bot.RunAsync("profile", ("timezone", "Europe/Berlin"));
        await _bot.RunAsync("done", ("milestone", "git-basics"));

        var reply = await _bot.ClickAsync(OfferId);

        Assert.Contains("weekly nudges are still off", reply.Content, StringComparison.Ordinal);
        Assert.Equal(NudgeState.Off, (await _bot.NudgeStatusAsync()).Settings?.State);
    }

    [Fact]
    public async Task Button_NudgesOnMeanwhile_KeepsTheirDayAndTime()
    {
        await _bot.RunAsync("done", ("milestone", "git-basics"));
        await _bot.TurnOnNudgesAsync("Europe/Berlin", "friday", "18:30");

        var reply = await _bot.ClickAsync(OfferId);

        Assert.StartsWith("Your weekly nudges are already on: Fridays at 18:30.", reply.Content, StringComparison.Ordinal);
        Assert.Single(_bot.Get<FakeNudgeSender>().Confirmations);
    }

    [Fact]
    public async Task Button_PressedBySomeoneElse_ChangesNothingForEither()
    {
        await _bot.RunAsync("profile", ("timezone", "Europe/Berlin"));
        await _bot.RunAsync("done", ("milestone", "git-basics"));

        var reply = await _bot.SendAsync(InteractionFactory.ClickBy(InteractionFactory.OtherMemberId, "grace", OfferId));

        Assert.True(reply.Ephemeral);
        Assert.Equal(NudgeOptIn.NotYours, reply.Content);
        Assert.Equal(NudgeState.Off, (await _bot.NudgeStatusAsync()).Settings?.State);
        Assert.Null((await _bot.Get<NudgeService>().StatusAsync(InteractionFactory.OtherMemberId, CancellationToken.None)).Settings);
        Assert.Empty(_bot.Get<FakeNudgeSender>().Confirmations);
    }

    [Fact]
    public void Offer_OnAnAnswerWithNoRoomLeft_DoesNotFit()
    {
        var full = Reply.Text(new string('a', 2000 - NudgeOptIn.Line.Length), ephemeral: true);
        var rows = Reply.Text("ok", ephemeral: true) with { Components = Enumerable.Repeat(new Discord.Models.ActionRow { Components = [] }, 5).ToList() };

        Assert.False(NudgeOptIn.Fits(full));
        Assert.True(NudgeOptIn.Fits(full with { Content = full.Content![1..] }));
        Assert.False(NudgeOptIn.Fits(rows));
        Assert.False(NudgeOptIn.Fits(Reply.Text("public", ephemeral: false)));
    }
}
