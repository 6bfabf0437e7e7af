using NodaTime;
using Roadmap.Bot.Nudges;
using Roadmap.Bot.Privacy;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Testing;

namespace Roadmap.Bot.Tests.Nudges;

/// <summary>The sweep on real SQLite with a hand-moved clock: what it sends, when, and what it records.</summary>
public sealed class NudgeSweepTests : IAsyncLifetime
{
    private const ulong Ada = InteractionFactory.MemberId;
    private const ulong Grace = InteractionFactory.OtherMemberId;
    private static readonly LocalTime NineAm = new(9, 0);

    private BotHarness _bot = null!;
    private readonly FakeNudgeSender _sender = new();

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Sweep_AtTheDueMinute_SendsOnceAndRecordsIt()
    {
        var due = await _bot.NudgesOnAsync(Ada, "Europe/Berlin", IsoDayOfWeek.Monday, NineAm);
        var sweep = _bot.NewSweep(_sender);

        _bot.MoveTo(due);
        await sweep.RunAsync(CancellationToken.None);
        await sweep.RunAsync(CancellationToken.None);

        Assert.Equal(new DueNudge(Ada, due, IsLate: false, DmChannelId: null), Assert.Single(_sender.Received));
        var row = Assert.Single(await _bot.NudgeRowsAsync(Ada));
        Assert.Equal((NudgeRowState.Sent, 9_000 + Ada, "http-basics"), (row.State, row.MessageId, row.MilestoneId));
        var settings = await _bot.SettingsAsync(Ada);
        Assert.Equal(due.AddDays(7), settings.NextDueAt);
        Assert.Equal(FakeNudgeSender.DmChannelId, settings.DmChannelId);
    }

    [Fact]
    public async Task Sweep_AMinuteBeforeItIsDue_SendsNothing()
    {
        var due = await _bot.NudgesOnAsync(Ada, "Europe/Berlin", IsoDayOfWeek.Monday, NineAm);

        _bot.MoveTo(due.AddMinutes(-1));
        var handed = await _bot.NewSweep(_sender).RunAsync(CancellationToken.None);

        Assert.Equal(0, handed);
        Assert.Empty(_sender.Received);
        Assert.Empty(await _bot.NudgeRowsAsync(Ada));
    }

    [Fact]
    public async Task Sweep_NextWeek_UsesTheDmChannelKeptFromTheFirst()
    {
        var due = await _bot.NudgesOnAsync(Ada, "Europe/Berlin", IsoDayOfWeek.Monday, NineAm);
        var sweep = _bot.NewSweep(_sender);
        _bot.MoveTo(due);
        await sweep.RunAsync(CancellationToken.None);

        _bot.MoveTo(due.AddDays(7));
        await sweep.RunAsync(CancellationToken.None);

        Assert.Equal(FakeNudgeSender.DmChannelId, _sender.Received[1].DmChannelId);
    }

    [Fact]
    public async Task Sweep_TurnedOff_SendsNothing()
    {
        var due = await _bot.NudgesOnAsync(Ada, "Europe/Berlin", IsoDayOfWeek.Monday, NineAm);
        await _bot.Get<NudgeService>().TurnOffAsync(Ada, CancellationToken.None);

        _bot.MoveTo(due);
        await _bot.NewSweep(_sender).RunAsync(CancellationToken.None);

        Assert.Empty(_sender.Received);
        Assert.Empty(await _bot.NudgeRowsAsync(Ada));
    }

    [Fact]
    public async Task Sweep_SkippedNudge_RecordsItSkippedAndSendsTheOneAfter()
    {
        var due = await _bot.NudgesOnAsync(Ada, "Europe/Berlin", IsoDayOfWeek.Monday, NineAm);
        await _bot.Get<NudgeService>().SkipAsync(Ada, CancellationToken.None);
        var sweep = _bot.NewSweep(_sender);

        _bot.MoveTo(due);
        await sweep.RunAsync(CancellationToken.None);
        Assert.Empty(_sender.Received);
        _bot.MoveTo(due.AddDays(7));
        await sweep.RunAsync(CancellationToken.None);

        Assert.Equal(due.AddDays(7), Assert.Single(_sender.Received).DueAt);
        var rows = await _bot.NudgeRowsAsync(Ada);
        Assert.Equal([(due, NudgeRowState.Skipped), (due.AddDays(7), NudgeRowState.Sent)], rows.Select(r => (r.DueAt, r.State)));
        Assert.Equal(NudgeClaim.SkippedByMember, rows[0].Reason);
    }

    [Fact]
    public async Task Sweep_PausedByMember_SendsNothingUntilTheDateThenResumes()
    {
        var due = await _bot.NudgesOnAsync(Ada, "Europe/Berlin", IsoDayOfWeek.Monday, NineAm);
        // Until Wednesday 2 December: the nudges of 23 and 30 November are held, 7 December comes.
        await _bot.Get<NudgeService>().PauseAsync(Ada, new LocalDate(2026, 12, 2), CancellationToken.None);
        var sweep = _bot.NewSweep(_sender);

        foreach (var week in new[] { 0, 1 })
        {
            _bot.MoveTo(due.AddDays(7 * week));
            await sweep.RunAsync(CancellationToken.None);
        }

        Assert.Empty(_sender.Received);
        _bot.MoveTo(due.AddDays(14));
        await sweep.RunAsync(CancellationToken.None);

        Assert.Equal(due.AddDays(14), Assert.Single(_sender.Received).DueAt);
        var settings = await _bot.SettingsAsync(Ada);
        Assert.Equal((NudgeState.On, null, null, due.AddDays(21)), (settings.State, settings.PauseReason, settings.PausedUntil, settings.NextDueAt));
    }

    [Fact]
    public async Task Sweep_TimeZoneChangedBetweenTwoNudges_SendsTheNextAtTheSameLocalTimeInTheNewZone()
    {
        var due = await _bot.NudgesOnAsync(Ada, "Europe/Berlin", IsoDayOfWeek.Monday, NineAm);
        var sweep = _bot.NewSweep(_sender);
        _bot.MoveTo(due);
        await sweep.RunAsync(CancellationToken.None);

        await _bot.RunAsync("profile", ("timezone", "America/New_York"));
        var inBerlin = due.AddDays(7); // Monday 30 November, 09:00 in Berlin = 08:00 UTC
        var inNewYork = NudgesHarness.Utc("2026-11-30T14:00:00Z"); // 09:00 in New York
        _bot.MoveTo(inBerlin);
        await sweep.RunAsync(CancellationToken.None);
        Assert.Single(_sender.Received);
        _bot.MoveTo(inNewYork);
        await sweep.RunAsync(CancellationToken.None);

        Assert.Equal([due, inNewYork], _sender.Received.Select(n => n.DueAt));
    }

    [Fact]
    public async Task Sweep_DmsClosed_RecordsFailed50007AndPausesWithoutRetrying()
    {
        var due = await _bot.NudgesOnAsync(Ada, "Europe/Berlin", IsoDayOfWeek.Monday, NineAm);
        _sender.Answer = FakeNudgeSender.DmsClosed;
        var sweep = _bot.NewSweep(_sender);

        _bot.MoveTo(due);
        await sweep.RunAsync(CancellationToken.None);
        _bot.MoveTo(due.AddDays(7));
        await sweep.RunAsync(CancellationToken.None);

        Assert.Single(_sender.Received);
        var row = Assert.Single(await _bot.NudgeRowsAsync(Ada));
        Assert.Equal((NudgeRowState.Failed, 50007), (row.State, row.ErrorCode));
        var settings = await _bot.SettingsAsync(Ada);
        Assert.Equal((NudgeState.Paused, PauseReason.DmsClosed, null), (settings.State, settings.PauseReason, settings.NextDueAt));
        Assert.Contains("Discord error 50007", BotHarness.Text(await _bot.NudgesAsync("status")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sweep_OtherFailure_RecordsDiscordsCodeAndKeepsTheNextNudge()
    {
        var due = await _bot.NudgesOnAsync(Ada, "Europe/Berlin", IsoDayOfWeek.Monday, NineAm);
        _sender.Answer = _ => new NudgeDelivery(NudgeDeliveryOutcome.Failed, ErrorCode: 50001, Reason: "Missing Access");

        _bot.MoveTo(due);
        await _bot.NewSweep(_sender).RunAsync(CancellationToken.None);

        var row = Assert.Single(await _bot.NudgeRowsAsync(Ada));
        Assert.Equal((NudgeRowState.Failed, 50001, "Missing Access"), (row.State, row.ErrorCode, row.Reason));
        Assert.Equal((NudgeState.On, due.AddDays(7)), ((await _bot.SettingsAsync(Ada)).State, (await _bot.SettingsAsync(Ada)).NextDueAt));
    }

    [Fact]
    public async Task Sweep_MemberForgottenBetweenClaimAndSend_SendsThemNothing()
    {
        // Both due at once: Ada (the lower id) goes first, and while she is being sent to, Grace
        // erases her data. Grace's nudge was claimed in the same transaction as Ada's.
        var due = await _bot.NudgesOnAsync(Ada, "Europe/Berlin", IsoDayOfWeek.Monday, NineAm);
        Assert.Equal(due, await _bot.NudgesOnAsync(Grace, "Europe/Berlin", IsoDayOfWeek.Monday, NineAm));
        _sender.OnSend = nudge => nudge.MemberId == Ada ? _bot.Get<PrivacyStore>().ForgetAsync(Grace, CancellationToken.None) : Task.CompletedTask;

        _bot.MoveTo(due);
        await _bot.NewSweep(_sender).RunAsync(CancellationToken.None);

        Assert.Equal([Ada], _sender.Received.Select(n => n.MemberId));
        Assert.Empty(await _bot.NudgeRowsAsync(Grace));
        Assert.Equal(NudgeRowState.Sent, Assert.Single(await _bot.NudgeRowsAsync(Ada)).State);
    }
}
