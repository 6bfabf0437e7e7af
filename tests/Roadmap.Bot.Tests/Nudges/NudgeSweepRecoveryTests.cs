using NodaTime;
using Roadmap.Bot.Nudges;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Testing;

namespace Roadmap.Bot.Tests.Nudges;

/// <summary>
/// Exactly once across crashes and downtime: a new <see cref="NudgeSweep"/> on the same database is a
/// restarted bot, and its first run recovers what the previous one left.
/// </summary>
public sealed class NudgeSweepRecoveryTests : IAsyncLifetime
{
    private const ulong Ada = InteractionFactory.MemberId;

    private BotHarness _bot = null!;
    private DateTimeOffset _due;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.StartAsync();
        _due = await _bot.NudgesOnAsync(Ada, "Europe/Berlin", IsoDayOfWeek.Monday, new LocalTime(9, 0));
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Restart_UnderTwoMinutesAfterACrashBetweenClaimAndSend_SendsItWithTheSameDueTime()
    {
        await CrashAfterClaimAsync();

        _bot.MoveTo(_due.AddMinutes(1));
        var sender = new FakeNudgeSender();
        await _bot.NewSweep(sender).RunAsync(CancellationToken.None);

        Assert.Equal(new DueNudge(Ada, _due, IsLate: false, DmChannelId: null), Assert.Single(sender.Received));
        Assert.Equal(NudgeRowState.Sent, Assert.Single(await _bot.NudgeRowsAsync(Ada)).State);
    }

    [Fact]
    public async Task Restart_OverTwoMinutesAfterACrashBetweenClaimAndSend_MarksItUnknownAndSendsNothing()
    {
        await CrashAfterClaimAsync();

        _bot.MoveTo(_due.AddMinutes(3));
        var sender = new FakeNudgeSender();
        await _bot.NewSweep(sender).RunAsync(CancellationToken.None);

        Assert.Empty(sender.Received);
        Assert.Equal(NudgeRowState.Unknown, Assert.Single(await _bot.NudgeRowsAsync(Ada)).State);
        Assert.Contains("do not send twice", BotHarness.Text(await _bot.NudgesAsync("status")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_AfterACrashBetweenSendAndRecord_HandsTheSenderTheSameNudgeAgain()
    {
        // The sender delivered, then the process died before the outcome was written: the row is
        // still 'sending'. The retry carries the same member and due time, so on Discord the same
        // nonce, which Discord answers with the message it already created.
        var crashing = new FakeNudgeSender { OnSend = _ => throw new OperationCanceledException("killed") };
        _bot.MoveTo(_due);
        await Assert.ThrowsAsync<OperationCanceledException>(() => _bot.NewSweep(crashing).RunAsync(CancellationToken.None));
        Assert.Equal(NudgeRowState.Sending, Assert.Single(await _bot.NudgeRowsAsync(Ada)).State);

        _bot.MoveTo(_due.AddSeconds(90));
        var sender = new FakeNudgeSender();
        await _bot.NewSweep(sender).RunAsync(CancellationToken.None);

        Assert.Equal(Assert.Single(crashing.Received), Assert.Single(sender.Received));
        Assert.Equal(NudgeRowState.Sent, Assert.Single(await _bot.NudgeRowsAsync(Ada)).State);
    }

    [Fact]
    public async Task Restart_ThreeHoursLate_SendsItOnceSayingItIsLate()
    {
        _bot.MoveTo(_due.AddHours(3));
        var sender = new FakeNudgeSender();
        var sweep = _bot.NewSweep(sender);

        await sweep.RunAsync(CancellationToken.None);
        _bot.MoveTo(_due.AddHours(3).AddMinutes(1));
        await sweep.RunAsync(CancellationToken.None);

        Assert.Equal(new DueNudge(Ada, _due, IsLate: true, DmChannelId: null), Assert.Single(sender.Received));
        var row = Assert.Single(await _bot.NudgeRowsAsync(Ada));
        Assert.True(row.Late);
        Assert.Equal(_due.AddDays(7), (await _bot.SettingsAsync(Ada)).NextDueAt);
    }

    [Fact]
    public async Task Restart_ThreeWeeksLate_RecordsOneMissedSendsNoneAndKeepsTheNextRegularOne()
    {
        var back = _due.AddDays(21).AddHours(2);
        _bot.MoveTo(back);
        var sender = new FakeNudgeSender();
        var sweep = _bot.NewSweep(sender);

        await sweep.RunAsync(CancellationToken.None);
        _bot.MoveTo(back.AddMinutes(1));
        await sweep.RunAsync(CancellationToken.None);

        Assert.Empty(sender.Received);
        Assert.Equal((_due, NudgeRowState.Missed), Assert.Single(await _bot.NudgeRowsAsync(Ada)) is var row ? (row.DueAt, row.State) : default);
        Assert.Equal(_due.AddDays(28), (await _bot.SettingsAsync(Ada)).NextDueAt);
    }

    /// <summary>The sweep's first step, committed, and then nothing: the process died before sending.</summary>
    private async Task CrashAfterClaimAsync()
    {
        _bot.MoveTo(_due);
        var claimed = await _bot.Get<NudgeSweepStore>().ClaimAsync(_due, TimeSpan.FromHours(12), TimeSpan.FromMinutes(2), CancellationToken.None);
        Assert.Single(claimed);
    }
}
