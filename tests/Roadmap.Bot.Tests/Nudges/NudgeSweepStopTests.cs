using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using NodaTime;
using Roadmap.Bot.Nudges;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Testing;

namespace Roadmap.Bot.Tests.Nudges;

/// <summary>
/// The sweep when its sender is stopped (on Discord: too many refused requests, near the IP ban):
/// nothing claimed during the stop, what was claimed and not yet sent put back and sent late after
/// it, never lost and never twice, and one Critical line per stop.
/// </summary>
public sealed class NudgeSweepStopTests : IAsyncLifetime
{
    private const ulong Ada = InteractionFactory.MemberId;
    private const ulong Grace = InteractionFactory.OtherMemberId;
    private const ulong Linus = 557;
    private static readonly TimeSpan Stop = TimeSpan.FromMinutes(10);

    private readonly FakeNudgeSender _sender = new();
    private readonly FakeLogger<NudgeSweep> _logger = new();
    private BotHarness _bot = null!;
    private DateTimeOffset _due;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.StartAsync();
        foreach (var member in new[] { Ada, Grace, Linus })
        {
            _due = await _bot.NudgesOnAsync(member, "Europe/Berlin", IsoDayOfWeek.Monday, new LocalTime(9, 0));
        }
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Sweep_StopComesAfterTheFirstNudge_PutsTheOthersBackAndSendsThemLateOnceItEnds()
    {
        var sweep = NewSweep();
        _sender.OnSend = _ => StopUntil(_due + Stop);

        _bot.MoveTo(_due);
        Assert.Equal(1, await sweep.RunAsync(CancellationToken.None));

        Assert.Equal(NudgeRowState.Sent, Assert.Single(await _bot.NudgeRowsAsync(Ada)).State);
        foreach (var member in new[] { Grace, Linus })
        {
            Assert.Empty(await _bot.NudgeRowsAsync(member));
            Assert.Equal(_due, (await _bot.SettingsAsync(member)).NextDueAt);
        }

        _bot.MoveTo(_due.AddMinutes(1));
        Assert.Equal(0, await sweep.RunAsync(CancellationToken.None));

        _bot.MoveTo(_due + Stop);
        _sender.StoppedUntil = null;
        _sender.OnSend = _ => Task.CompletedTask;
        Assert.Equal(2, await sweep.RunAsync(CancellationToken.None));

        Assert.Equal(
            [new DueNudge(Ada, _due, false, null), new DueNudge(Grace, _due, true, null), new DueNudge(Linus, _due, true, null)],
            _sender.Received);
        Assert.All(await Task.WhenAll(new[] { Grace, Linus }.Select(m => _bot.NudgeRowsAsync(m))), rows => Assert.True(Assert.Single(rows).Late));
        var critical = Assert.Single(_logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Critical);
        Assert.Contains("2 claimed ones wait", critical.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sweep_StoppedBeforeItsTime_ClaimsNothingAndLogsOnce()
    {
        var sweep = NewSweep();
        _sender.StoppedUntil = _due + Stop;

        _bot.MoveTo(_due);
        await sweep.RunAsync(CancellationToken.None);
        _bot.MoveTo(_due.AddMinutes(1));
        await sweep.RunAsync(CancellationToken.None);

        Assert.Empty(_sender.Received);
        Assert.Empty(await _bot.NudgeRowsAsync(Ada));
        Assert.Equal(_due, (await _bot.SettingsAsync(Ada)).NextDueAt);
        Assert.Single(_logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Critical);
    }

    [Fact]
    public async Task Sweep_MemberTurnedOffBetweenClaimAndStop_KeepsTheChangeAndRecordsTheNudgeSkipped()
    {
        var sweep = NewSweep();
        _sender.OnSend = async _ =>
        {
            await _bot.Get<NudgeService>().TurnOffAsync(Grace, CancellationToken.None);
            await StopUntil(_due + Stop);
        };

        _bot.MoveTo(_due);
        await sweep.RunAsync(CancellationToken.None);

        var row = Assert.Single(await _bot.NudgeRowsAsync(Grace));
        Assert.Equal((NudgeRowState.Skipped, NudgeSweep.ReleasedReason), (row.State, row.Reason));
        Assert.Null((await _bot.SettingsAsync(Grace)).NextDueAt);
        Assert.Equal(_due, (await _bot.SettingsAsync(Linus)).NextDueAt);
    }

    [Fact]
    public async Task Restart_StopComesDuringRecovery_RecordsTheRestUnknownAndNeverResendsThem()
    {
        _bot.MoveTo(_due);
        Assert.Equal(3, (await _bot.Get<NudgeSweepStore>().ClaimAsync(_due, TimeSpan.FromHours(12), TimeSpan.FromMinutes(2), CancellationToken.None)).Count);
        _bot.MoveTo(_due.AddMinutes(1));
        var sweep = NewSweep();
        _sender.OnSend = _ => StopUntil(_due + Stop);

        await sweep.RunAsync(CancellationToken.None);
        _bot.MoveTo(_due + Stop);
        _sender.StoppedUntil = null;
        await sweep.RunAsync(CancellationToken.None);

        Assert.Equal(Ada, Assert.Single(_sender.Received).MemberId);
        foreach (var member in new[] { Grace, Linus })
        {
            var row = Assert.Single(await _bot.NudgeRowsAsync(member));
            Assert.Equal((NudgeRowState.Unknown, NudgeSweep.GivenUpReason), (row.State, row.Reason));
            Assert.Equal(_due.AddDays(7), (await _bot.SettingsAsync(member)).NextDueAt);
        }
    }

    private NudgeSweep NewSweep() =>
        new(_bot.Get<NudgeSweepStore>(), _sender, Options.Create(new NudgeOptions()), _bot.Clock, _logger);

    private Task StopUntil(DateTimeOffset until)
    {
        _sender.StoppedUntil = until;
        return Task.CompletedTask;
    }
}
