using System.Globalization;
using NodaTime;
using Roadmap.Bot.Nudges;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Testing;

namespace Roadmap.Bot.Tests.Nudges;

/// <summary>
/// The fatigue rule on real SQLite with a hand-moved clock: three nudges with no sign of life, the
/// fourth asks "Keep these coming?", and unanswered the fifth is not sent and nudges pause (no_reply);
/// Keep, recorded progress, any nudge button and /nudges on start the count again.
/// </summary>
public sealed class NudgeFatigueTests : IAsyncLifetime
{
    private const ulong Ada = InteractionFactory.MemberId;

    private BotHarness _bot = null!;
    private NudgeSweep _sweep = null!;
    private DateTimeOffset _firstDue;
    private readonly FakeNudgeSender _sender = new();

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.StartAsync();
        _sweep = _bot.NewSweep(_sender);
        _firstDue = await _bot.NudgesOnAsync(Ada, "Europe/Berlin", IsoDayOfWeek.Monday, new LocalTime(9, 0));
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task ThreeUnanswered_TheFourthAsksKeepTheseComing()
    {
        await SweepWeeksAsync(4);

        Assert.Equal([false, false, false, true], _sender.Received.Select(n => n.AsksKeep));
        var fourth = await _bot.Get<NudgeComposer>().ComposeAsync(_sender.Received[3], CancellationToken.None);
        Assert.Equal(NudgeMessage.KeepQuestion, fourth.Message.Content);
        Assert.StartsWith("🤔 **Keep these coming?**", fourth.Message.Content, StringComparison.Ordinal);
        Assert.Equal((NudgeButtons.KeepLabel, KeepId(Week(3))), BotHarness.Actions(fourth.Message)[^1]);
        Assert.Contains(BotHarness.Actions(fourth.Message), a => a.Label == "Stop nudges");
        Assert.True((await _bot.NudgeRowsAsync(Ada))[3].AskedKeep);
    }

    [Fact]
    public async Task TheFirstThree_DoNotAsk()
    {
        await SweepWeeksAsync(3);

        var third = await _bot.Get<NudgeComposer>().ComposeAsync(_sender.Received[2], CancellationToken.None);
        Assert.Null(third.Message.Content);
        Assert.DoesNotContain(BotHarness.Actions(third.Message), a => a.Label == NudgeButtons.KeepLabel);
    }

    [Fact]
    public async Task KeepNotPressed_TheFifthIsNotSentAndNudgesPauseForNoReply()
    {
        await SweepWeeksAsync(5);

        Assert.Equal(4, _sender.Received.Count);
        var settings = await _bot.SettingsAsync(Ada);
        Assert.Equal((NudgeState.Paused, PauseReason.NoReply, (DateTimeOffset?)null), (settings.State, settings.PauseReason, settings.NextDueAt));
        var fifth = (await _bot.NudgeRowsAsync(Ada))[4];
        Assert.Equal((Week(4), NudgeRowState.Skipped, NudgeFatigue.NoReplyReason), (fifth.DueAt, fifth.State, fifth.Reason));

        _bot.MoveTo(Week(5));
        await _sweep.RunAsync(CancellationToken.None);
        Assert.Equal(4, _sender.Received.Count);
    }

    [Fact]
    public async Task PausedForNoReply_StatusSaysWhyAndHowToResume()
    {
        await SweepWeeksAsync(5);

        var text = BotHarness.Text(await _bot.NudgesAsync("status"));

        Assert.Contains("**Paused:** the last nudges went by with no click and no progress, and nobody pressed Keep", text, StringComparison.Ordinal);
        Assert.Contains("`/nudges on` brings them back.", text, StringComparison.Ordinal);
        Assert.Contains("was skipped: " + NudgeFatigue.NoReplyReason, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeepPressed_TheNextComesWithoutAskingAndTheAnswerIsRecorded()
    {
        await SweepWeeksAsync(4);

        var reply = await ClickAsync(KeepId(Week(3)));
        await SweepWeeksAsync(5);

        Assert.True(reply.Ephemeral);
        Assert.StartsWith("👍 Glad they help: your weekly nudges keep coming.", reply.Content, StringComparison.Ordinal);
        Assert.Equal(5, _sender.Received.Count);
        Assert.False(_sender.Received[4].AsksKeep);
        var rows = await _bot.NudgeRowsAsync(Ada);
        Assert.Equal(Week(3), rows[3].KeptAt);
        Assert.Equal(NudgeState.On, (await _bot.SettingsAsync(Ada)).State);
    }

    [Fact]
    public async Task ProgressRecorded_AfterThree_TheFourthDoesNotAsk()
    {
        await SweepWeeksAsync(3);

        await _bot.RunAsync("done", ("milestone", "git-basics"));
        await SweepWeeksAsync(4);

        Assert.False(_sender.Received[3].AsksKeep);
        Assert.Equal(1, (await _bot.SettingsAsync(Ada)).Unanswered);
    }

    [Fact]
    public async Task ProgressRecorded_AfterTheQuestion_TheFifthIsSent()
    {
        await SweepWeeksAsync(4);

        await _bot.RunAsync("start", ("milestone", "git-basics"));
        await SweepWeeksAsync(5);

        Assert.Equal(5, _sender.Received.Count);
        Assert.Equal(NudgeState.On, (await _bot.SettingsAsync(Ada)).State);
    }

    [Fact]
    public async Task DonePressedOnANudge_AfterThree_TheFourthDoesNotAsk()
    {
        await SweepWeeksAsync(3);

        var reply = await ClickAsync("v1:nudge:done:git-basics");
        await SweepWeeksAsync(4);

        Assert.StartsWith("✅ Marked **Git basics** as done.", reply.Content, StringComparison.Ordinal);
        Assert.False(_sender.Received[3].AsksKeep);
    }

    [Fact]
    public async Task DonePressedOnAMilestoneAlreadyDone_StillCountsAsAnAnswer()
    {
        await _bot.RunAsync("done", ("milestone", "git-basics"));
        await SweepWeeksAsync(4);

        var reply = await ClickAsync("v1:nudge:done:git-basics");
        await SweepWeeksAsync(5);

        Assert.StartsWith("**Git basics** is already done; nothing changed.", reply.Content, StringComparison.Ordinal);
        Assert.Equal(5, _sender.Received.Count);
    }

    [Fact]
    public async Task NudgesOn_AfterThePause_ResumesAndTheCountStartsAgain()
    {
        await SweepWeeksAsync(5);

        var reply = await _bot.NudgesAsync("on");
        _bot.MoveTo(Week(5));
        await _sweep.RunAsync(CancellationToken.None);

        Assert.StartsWith("🔔 Weekly nudges are on: **Mondays at 09:00**, Europe/Berlin.", reply.Content, StringComparison.Ordinal);
        Assert.Equal(5, _sender.Received.Count);
        Assert.False(_sender.Received[4].AsksKeep);
        Assert.Equal((1, (DateTimeOffset?)null), ((await _bot.SettingsAsync(Ada)).Unanswered, (await _bot.SettingsAsync(Ada)).KeepAskedAt));
    }

    [Fact]
    public async Task KeepPressedAfterThePause_TurnsNudgesBackOn()
    {
        await SweepWeeksAsync(5);

        var reply = await ClickAsync(KeepId(Week(3)));

        Assert.StartsWith("🔔 Weekly nudges are on: **Mondays at 09:00**, Europe/Berlin.", reply.Content, StringComparison.Ordinal);
        Assert.Equal(Week(5), (await _bot.SettingsAsync(Ada)).NextDueAt);
    }

    [Fact]
    public async Task TheQuestionNotDelivered_TheNextAsksAgainInsteadOfPausing()
    {
        await SweepWeeksAsync(3);
        _sender.Answer = _ => new NudgeDelivery(NudgeDeliveryOutcome.Failed, ErrorCode: 50001, Reason: "Missing access");
        await SweepWeeksAsync(4);
        _sender.Answer = _ => new NudgeDelivery(NudgeDeliveryOutcome.Sent, MessageId: 1);

        await SweepWeeksAsync(5);

        Assert.Equal([true, true], _sender.Received.Skip(3).Select(n => n.AsksKeep));
        Assert.Equal(NudgeState.On, (await _bot.SettingsAsync(Ada)).State);
    }

    [Fact]
    public async Task NudgesPausedByTheMember_AfterTheQuestion_ResumeInsteadOfPausingForNoReply()
    {
        await SweepWeeksAsync(4);

        var paused = await _bot.NudgesAsync("pause", ("until", "2026-12-22"));
        await SweepWeeksAsync(6);

        Assert.StartsWith("⏸️ Weekly nudges are paused until", paused.Content, StringComparison.Ordinal);
        Assert.Equal(5, _sender.Received.Count);
        Assert.False(_sender.Received[4].AsksKeep);
        Assert.Equal(NudgeState.On, (await _bot.SettingsAsync(Ada)).State);
    }

    [Fact]
    public async Task Export_ShowsTheQuestionTheAnswerAndThePause()
    {
        await SweepWeeksAsync(4);
        await ClickAsync(KeepId(Week(3)));
        await SweepWeeksAsync(9);

        var reply = await _bot.SendAsync(InteractionFactory.Command("privacy", InteractionFactory.Sub("export")));

        using var document = System.Text.Json.JsonDocument.Parse(reply.File!.Content);
        var nudges = document.RootElement.GetProperty("nudges").EnumerateArray().ToList();
        Assert.True(nudges[3].GetProperty("asked_keep").GetBoolean());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, nudges[3].GetProperty("kept_at").ValueKind);
        Assert.True(nudges[7].GetProperty("asked_keep").GetBoolean());
        Assert.Equal("skipped", nudges[8].GetProperty("state").GetString());
        Assert.Equal(NudgeFatigue.NoReplyReason, nudges[8].GetProperty("reason").GetString());
        Assert.Equal("no_reply", document.RootElement.GetProperty("nudge_settings").GetProperty("pause_reason").GetString());
    }

    /// <summary>Runs the sweep at each weekly due time up to the <paramref name="weeks"/>th (1-based), from the one not swept yet.</summary>
    private async Task SweepWeeksAsync(int weeks)
    {
        var swept = (await _bot.NudgeRowsAsync(Ada)).Count;
        for (var week = swept; week < weeks; week++)
        {
            _bot.MoveTo(Week(week));
            await _sweep.RunAsync(CancellationToken.None);
        }
    }

    private DateTimeOffset Week(int index) => _firstDue.AddDays(7 * index);

    private static string KeepId(DateTimeOffset dueAt) => "v1:nudge:keep:" + dueAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) + ":" + Ada.ToString(CultureInfo.InvariantCulture);

    /// <summary>A click in the DM with the bot, as the member.</summary>
    private Task<Discord.Interactions.Reply> ClickAsync(string customId) =>
        _bot.SendAsync(InteractionFactory.ClickBy(Ada, "ada", customId));
}
