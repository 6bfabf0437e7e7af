using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using NodaTime;
using Roadmap.Bot.Nudges;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Discord.Rest;
using Roadmap.Testing;
using Roadmap.Testing.Rest;

namespace Roadmap.Bot.Tests.Nudges;

/// <summary>
/// The sweep through the real Discord sender and REST client against the fake Discord: a burst of
/// due nudges paced under the global limit, and a run of refusals that stops sending for ten minutes.
/// </summary>
public sealed class DiscordNudgeLimitsTests : IAsyncLifetime
{
    private static readonly LocalTime NineAm = new(9, 0);

    // One for the class, as the host keeps one: the client borrows it and never disposes it.
    private static readonly HttpClient Http = new();
    private BotHarness _bot = null!;
    private FakeDiscordServer _discord = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.StartAsync();
        _discord = await FakeDiscordServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _discord.DisposeAsync();
        await _bot.DisposeAsync();
    }

    [Fact]
    public async Task Sweep_SixtyDueAtOnce_AllDeliveredUnderTheGlobalLimitWithNo429()
    {
        // The REST client on the real clock, as in production, so loopback latency is real; the
        // fake counts 50 a second over every route, and DM opens get a bucket wide enough that the
        // global limit is what holds them back.
        _discord.Rest.Limits.SetRouteLimit(FakeRoutes.CreateDm, 100, TimeSpan.FromSeconds(1));
        var members = Enumerable.Range(1, 60).Select(i => 1000UL + (ulong)i).ToList();
        var due = await NudgesOnAsync(members);
        var sweep = NewSweep(NewClient(TimeProvider.System), NullLogger<NudgeSweep>.Instance);

        _bot.MoveTo(due);
        Assert.Equal(60, await sweep.RunAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30)));

        var requests = _discord.Rest.Requests.All;
        Assert.Equal(0, requests.Count(r => r.Status == 429));
        Assert.Equal(120, requests.Count);
        Assert.Equal(60, _discord.Rest.Messages.Count);
        Assert.True(requests[^1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task Sweep_RefusalsReachTheStop_OneCriticalLineNothingSentForTenMinutesThenTheRestLate()
    {
        // Five members with closed DMs first (ids sort them first), then three who accept them.
        var closed = Enumerable.Range(1, 5).Select(i => 1000UL + (ulong)i).ToList();
        var open = Enumerable.Range(6, 3).Select(i => 1000UL + (ulong)i).ToList();
        closed.ForEach(_discord.Rest.Faults.CloseDirectMessages);
        var due = await NudgesOnAsync([.. closed, .. open]);
        _discord.Rest.Time = _bot.Clock;
        var logger = new FakeLogger<NudgeSweep>();
        var sweep = NewSweep(NewClient(_bot.Clock, stopAt: 5), logger);

        _bot.MoveTo(due);
        await sweep.RunAsync(CancellationToken.None);
        var beforeStop = _discord.Rest.Requests.All.Count;
        for (var minute = 1; minute < 10; minute++)
        {
            _bot.MoveTo(due.AddMinutes(minute));
            Assert.Equal(0, await sweep.RunAsync(CancellationToken.None));
        }

        Assert.Equal(5, _discord.Rest.Requests.ForRoute(FakeRoutes.CreateMessage).Count(r => r.Status == 403));
        Assert.Equal(beforeStop, _discord.Rest.Requests.All.Count);
        Assert.Equal(0, _discord.Rest.Messages.Count);

        _bot.MoveTo(due.AddMinutes(10));
        Assert.Equal(3, await sweep.RunAsync(CancellationToken.None));

        Assert.All(open, member => Assert.Single(_discord.Rest.Messages.In(_discord.Rest.State.DmChannelOf(member)!.Value)));
        Assert.All(_discord.Rest.Requests.All.Skip(beforeStop), r => Assert.True(r.ReceivedAt >= due.AddMinutes(10)));
        foreach (var member in open)
        {
            Assert.True(Assert.Single(await _bot.NudgeRowsAsync(member)) is { State: NudgeRowState.Sent, Late: true });
        }

        var critical = Assert.Single(logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Critical);
        Assert.Contains("until " + due.AddMinutes(10).ToString(System.Globalization.CultureInfo.InvariantCulture), critical.Message, StringComparison.Ordinal);
    }

    private async Task<DateTimeOffset> NudgesOnAsync(IEnumerable<ulong> members)
    {
        var due = DateTimeOffset.MinValue;
        foreach (var member in members)
        {
            due = await _bot.NudgesOnAsync(member, "Europe/Berlin", IsoDayOfWeek.Monday, NineAm);
        }

        return due;
    }

    private DiscordRestClient NewClient(TimeProvider time, int stopAt = 5000) => new(
        Http,
        Options.Create(new DiscordRestOptions { Token = FakeRest.DefaultToken, ApiBaseUrl = _discord.ApiBaseUri, InvalidRequestStopThreshold = stopAt }),
        time,
        NullLogger<DiscordRestClient>.Instance);

    private NudgeSweep NewSweep(DiscordRestClient client, ILogger<NudgeSweep> logger)
    {
        var sender = new DiscordNudgeSender(_bot.Get<NudgeComposer>(), client, NullLogger<DiscordNudgeSender>.Instance);
        return new NudgeSweep(_bot.Get<NudgeSweepStore>(), sender, Options.Create(new NudgeOptions()), _bot.Clock, logger);
    }
}
