using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;
using Roadmap.Bot.Cohorts;
using Roadmap.Bot.Members;
using Roadmap.Bot.Nudges;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Testing;

namespace Roadmap.Bot.Tests.Nudges;

/// <summary>
/// Week after week for a member whose DMs are closed and whose server has a nudge channel: the DM is
/// tried in every fourth ISO week only, each nudge still reaches the channel once, and opening DMs
/// brings the nudges back to them. Real SQLite, the real fallback, a hand-moved clock.
/// </summary>
public sealed class NudgeChannelWeeksTests : IAsyncLifetime
{
    private const ulong Ada = InteractionFactory.MemberId;
    private const ulong NudgeChannel = 4_777;

    private BotHarness _bot = null!;
    private readonly FakeNudgeSender _sender = new() { Answer = FakeNudgeSender.DmsClosed };

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task DmsClosed_TheDmIsTriedInEveryFourthWeekOnly_AndEveryNudgeReachesTheChannel()
    {
        var sweep = await SetUpAsync();
        // Mondays 09:00 in Berlin from 23 November 2026: ISO weeks 48 (a fourth week), 49, 50, 51 and 52 (a fourth week).
        var due = await _bot.NudgesOnAsync(Ada, "Europe/Berlin", IsoDayOfWeek.Monday, new LocalTime(9, 0));

        var triedPerWeek = new List<int>();
        for (var week = 0; week < 5; week++)
        {
            _bot.MoveTo(due.AddDays(7 * week));
            await sweep.RunAsync(CancellationToken.None);
            triedPerWeek.Add(_sender.Received.Count);
            await _bot.Get<NudgeStore>().ProgressRecordedAsync(Ada, offer: false, CancellationToken.None); // a sign of life, so fatigue does not pause them
        }

        Assert.Equal([1, 1, 1, 1, 2], triedPerWeek);
        Assert.Equal(5, _bot.Get<FakeChannelPoster>().Posts.Count(p => p.ChannelId == NudgeChannel));
        var rows = await _bot.NudgeRowsAsync(Ada);
        Assert.Equal(5, rows.Count);
        Assert.All(rows, row => Assert.Equal(NudgeRowState.Sent, row.State));
        Assert.Equal(NudgeState.On, (await _bot.SettingsAsync(Ada)).State);
    }

    [Fact]
    public async Task DmsOpenedAgain_TheFourthWeeksDmGoesThrough_AndTheNextWeekTriesTheDmFirst()
    {
        var sweep = await SetUpAsync();
        var due = await _bot.NudgesOnAsync(Ada, "Europe/Berlin", IsoDayOfWeek.Monday, new LocalTime(9, 0));
        for (var week = 0; week < 4; week++)
        {
            _bot.MoveTo(due.AddDays(7 * week));
            await sweep.RunAsync(CancellationToken.None);
            await _bot.Get<NudgeStore>().ProgressRecordedAsync(Ada, offer: false, CancellationToken.None);
        }

        _sender.Answer = new FakeNudgeSender().Answer; // DMs open again
        _bot.MoveTo(due.AddDays(28)); // week 52: tried, and sent
        await sweep.RunAsync(CancellationToken.None);
        await _bot.Get<NudgeStore>().ProgressRecordedAsync(Ada, offer: false, CancellationToken.None);
        _bot.MoveTo(due.AddDays(35)); // week 53: the previous one was a DM, so a DM again
        await sweep.RunAsync(CancellationToken.None);

        Assert.Equal(3, _sender.Received.Count);
        Assert.Equal(4, _bot.Get<FakeChannelPoster>().Posts.Count(p => p.ChannelId == NudgeChannel));
    }

    [Theory]
    [InlineData("2026-11-23", true)]  // week 48
    [InlineData("2026-11-30", false)] // week 49
    [InlineData("2026-12-28", false)] // week 53
    [InlineData("2027-01-25", true)]  // week 4
    public void TriesDirectMessage_InEveryFourthIsoWeek(string monday, bool tries) =>
        Assert.Equal(tries, NudgeSweep.TriesDirectMessage(DateTimeOffset.Parse(monday + "T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture)));

    private async Task<NudgeSweep> SetUpAsync()
    {
        await _bot.Get<GuildSettingsStore>().SetNudgeChannelAsync(InteractionFactory.GuildId, NudgeChannel, CancellationToken.None);
        await _bot.Get<GuildMemberStore>().RecordSeenAsync(InteractionFactory.GuildId, Ada, CancellationToken.None);
        return new NudgeSweep(_bot.Get<NudgeSweepStore>(), _sender, Options.Create(new NudgeOptions()), _bot.Clock, NullLogger<NudgeSweep>.Instance, _bot.Get<INudgeChannel>());
    }
}
