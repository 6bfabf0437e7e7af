using Roadmap.Bot.Content;
using Roadmap.Bot.Tests.Fakes;
using static Roadmap.Bot.Tests.Cohorts.CohortTestData;
using static Roadmap.Bot.Tests.Fakes.CohortCalls;

namespace Roadmap.Bot.Tests.Cohorts;

/// <summary>/mod leaderboard: milestones done in the period, ties share a place, private members counted not named, zeros left off.</summary>
public sealed class ModLeaderboardTests : IAsyncLifetime
{
    private const ulong Ada = 1001;
    private const ulong Grace = 1002;
    private const ulong Linus = 1003;
    private const ulong Margaret = 1004;
    private const ulong Ken = 1005;

    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private async Task<string> BoardAsync(params Discord.Models.InteractionDataOption[] options)
    {
        var reply = await _bot.SendAsync(Mod("leaderboard", options));
        Assert.True(reply.Ephemeral);
        return Assert.Single(reply.Embeds).Description!;
    }

    private async Task JoinAllAsync(long cohortId, params ulong[] members)
    {
        foreach (var member in members)
        {
            await _bot.SendAsync(Cohort(member, "join", CohortId(cohortId)));
        }
    }

    [Fact]
    public async Task Cohort_RanksByMilestonesDone_TiesShareAPlace_PrivateCountedNotNamed_ZerosLeftOff()
    {
        var spring = await CreateAsync(_bot);
        await JoinAllAsync(spring.Id, Ada, Grace, Linus, Margaret, Ken);
        await FinishAsync(_bot, Ada, 2);
        await FinishAsync(_bot, Grace, 3);
        await FinishAsync(_bot, Linus, 2);
        await FinishAsync(_bot, Margaret, 5);
        await _bot.RunAsAsync(Margaret, "profile", ("visibility", "private"));

        var board = await BoardAsync(CohortId(spring.Id));

        Assert.Equal(
            $"""
            1. <@{Grace}> · **3** (3 milestones, 0 accepted submissions)
            2. <@{Ada}> · **2** (2 milestones, 0 accepted submissions)
            2. <@{Linus}> · **2** (2 milestones, 0 accepted submissions)
            And 1 more who keeps their progress private.
            """.ReplaceLineEndings("\n"),
            board);
        Assert.DoesNotContain(Ken.ToString(System.Globalization.CultureInfo.InvariantCulture), board, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Week_CountsOnlyTheLastSevenDays_AllTimeCountsEverything()
    {
        var spring = await CreateAsync(_bot);
        await JoinAllAsync(spring.Id, Ada);
        var milestones = _bot.Get<RoadmapContent>().Milestones;
        await _bot.RunAsAsync(Ada, "done", ("milestone", milestones[0].Id));
        await _bot.RunAsAsync(Ada, "done", ("milestone", milestones[1].Id));
        _bot.Clock.Advance(TimeSpan.FromDays(8));
        await _bot.RunAsAsync(Ada, "done", ("milestone", milestones[2].Id));

        Assert.Equal($"1. <@{Ada}> · **1** (1 milestone, 0 accepted submissions)", await BoardAsync(CohortId(spring.Id), Typed("period", "week")));
        Assert.Equal($"1. <@{Ada}> · **3** (3 milestones, 0 accepted submissions)", await BoardAsync(CohortId(spring.Id), Typed("period", "all")));
    }

    [Fact]
    public async Task UndoneCompletion_DoesNotCount()
    {
        var spring = await CreateAsync(_bot);
        await JoinAllAsync(spring.Id, Ada);
        var first = _bot.Get<RoadmapContent>().Milestones[0].Id;
        await _bot.RunAsAsync(Ada, "done", ("milestone", first));
        await _bot.RunAsAsync(Ada, "undo", ("milestone", first));

        Assert.Equal("Nobody has finished a milestone or had a submission accepted in the last 7 days yet.", await BoardAsync(CohortId(spring.Id)));
    }

    [Fact]
    public async Task WholeServer_HasThisServersCohortMembers_NotAnotherServers()
    {
        var spring = await CreateAsync(_bot);
        var elsewhere = await CreateAsync(_bot, "Elsewhere", OtherServer);
        await JoinAllAsync(spring.Id, Ada);
        await _bot.SendAsync(InOtherServer(Cohort(Grace, "join", CohortId(elsewhere.Id)), OtherServer));
        await FinishAsync(_bot, Ada, 1);
        await FinishAsync(_bot, Grace, 2);

        Assert.Equal($"1. <@{Ada}> · **1** (1 milestone, 0 accepted submissions)", await BoardAsync());
    }

    [Fact]
    public async Task CohortFromAnotherServer_IsUnknown()
    {
        var elsewhere = await CreateAsync(_bot, "Elsewhere", OtherServer);

        var reply = await _bot.SendAsync(Mod("leaderboard", CohortId(elsewhere.Id)));

        Assert.StartsWith($"There is no cohort `{elsewhere.Id}` in this server.", reply.Content, StringComparison.Ordinal);
    }
}
