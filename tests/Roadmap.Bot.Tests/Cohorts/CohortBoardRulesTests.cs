using Roadmap.Bot.Cohorts;
using Roadmap.Bot.Cohorts.Challenges;
using Roadmap.Bot.Content;
using Roadmap.Bot.Privacy;
using static Roadmap.Bot.Tests.Fakes.CohortCalls;

namespace Roadmap.Bot.Tests.Cohorts;

/// <summary>
/// The board rule, on real SQLite through the commands: a cohort's score is milestones done in the
/// period plus challenge submissions accepted in it (on time, current); ties share a place; zeros are
/// not listed; private members are counted as "and N more"; an undone completion does not count;
/// week and month are rolling 7 and 30 days. <c>/cohort status</c> places members by the same score.
/// </summary>
public sealed class CohortBoardRulesTests : IAsyncLifetime
{
    private const ulong Ada = ChallengeHarness.Ada;
    private const ulong Grace = ChallengeHarness.Grace;
    private const ulong Linus = ChallengeHarness.Linus;
    private const ulong Margaret = 604;
    private const ulong Ken = 605;

    private ChallengeHarness _world = null!;
    private Cohort _cohort = null!;
    private Challenge _challenge = null!;

    private IReadOnlyList<Milestone> Milestones => _world.Bot.Get<RoadmapContent>().Milestones;

    public async Task InitializeAsync()
    {
        _world = await ChallengeHarness.StartAsync();
        _cohort = await _world.CohortAsync();
        _challenge = await _world.PostAsync(_cohort);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Score_IsMilestonesPlusAcceptedSubmissions_BothShown_TiesShareAPlace_ZerosAndPrivateLeftOff()
    {
        await JoinAsync(Ada, Grace, Linus, Margaret, Ken);
        await DoneAsync(Ada, 0, 1);
        await DoneAsync(Grace, 0);
        await AcceptedAsync(Grace);
        await DoneAsync(Linus, 0);
        await _world.SubmitAsync(Linus, _challenge, "https://github.com/linus/shortener");
        await _world.ReviewAsync(_challenge, Linus, "needs-work");
        await AcceptedAsync(Margaret);
        await _world.Bot.RunAsAsync(Margaret, "profile", ("visibility", "private"));

        var board = await BoardCardAsync("week");

        Assert.Equal(
            $"""
            1. <@{Ada}> · **2** (2 milestones, 0 accepted submissions)
            1. <@{Grace}> · **2** (1 milestone, 1 accepted submission)
            3. <@{Linus}> · **1** (1 milestone, 0 accepted submissions)
            And 1 more who keeps their progress private.
            """.ReplaceLineEndings("\n"),
            board.Description);
        Assert.Equal(LeaderboardCard.Rule, board.Footer!.Text);
        Assert.DoesNotContain($"<@{Ken}>", board.Description, StringComparison.Ordinal);
        Assert.DoesNotContain($"<@{Margaret}>", board.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcceptedSubmission_CountsOnce_OnlyWhileAcceptedAndCurrent()
    {
        await JoinAsync(Ada);
        await AcceptedAsync(Ada);
        var accepted = await RowAsync("all");
        await _world.ReviewAsync(_challenge, Ada, "accepted", "Still good");
        var acceptedTwice = await RowAsync("all");
        await _world.SubmitAsync(Ada, _challenge, "https://github.com/ada/shortener-v2");
        var replaced = await BoardAsync("all");
        await _world.ReviewAsync(_challenge, Ada, "accepted");
        var acceptedAgain = await RowAsync("week");
        await _world.ReviewAsync(_challenge, Ada, "needs-work");

        Assert.Equal(ScoreLine(Ada, 1, 0, 1), accepted);
        Assert.Equal(accepted, acceptedTwice);
        Assert.StartsWith("Nobody has", replaced, StringComparison.Ordinal);
        Assert.Equal(accepted, acceptedAgain);
        Assert.StartsWith("Nobody has", await BoardAsync("all"), StringComparison.Ordinal);
        Assert.StartsWith("Nobody has", await BoardAsync("week"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LateSubmission_Accepted_DoesNotCount()
    {
        await JoinAsync(Ada, Grace);
        _world.Bot.Clock.Advance(_challenge.DueAt - _world.Bot.Clock.GetUtcNow() + TimeSpan.FromHours(1));
        await AcceptedAsync(Ada);
        await DoneAsync(Grace, 0);

        Assert.Equal(ScoreLine(Grace, 1, 1, 0), await BoardAsync("all"));
        Assert.Equal(ScoreLine(Grace, 1, 1, 0), await BoardAsync("week"));
    }

    [Fact]
    public async Task Periods_AreRollingSevenAndThirtyDays_ForMilestonesAndAcceptedSubmissions()
    {
        await JoinAsync(Ada);
        await DoneAsync(Ada, 0);
        await AcceptedAsync(Ada);
        var clock = _world.Bot.Clock;

        clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        var lastMinuteOfTheWeek = await BoardAsync("week");
        clock.Advance(TimeSpan.FromMinutes(2));
        var weekLater = await BoardAsync("week");
        var monthThen = await BoardAsync("month");
        clock.Advance(TimeSpan.FromDays(23) - TimeSpan.FromMinutes(2));
        var lastMinuteOfTheMonth = await BoardAsync("month");
        clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(ScoreLine(Ada, 1, 1, 1), lastMinuteOfTheWeek);
        Assert.StartsWith("Nobody has finished a milestone or had a submission accepted in the last 7 days yet.", weekLater, StringComparison.Ordinal);
        Assert.Equal(ScoreLine(Ada, 1, 1, 1), monthThen);
        Assert.Equal(ScoreLine(Ada, 1, 1, 1), lastMinuteOfTheMonth);
        Assert.StartsWith("Nobody has finished a milestone or had a submission accepted in the last 30 days yet.", await BoardAsync("month"), StringComparison.Ordinal);
        Assert.Equal(ScoreLine(Ada, 1, 1, 1), await BoardAsync("all"));
    }

    [Fact]
    public async Task UndoneCompletion_LeavesEveryCount_AndDoneAgainCountsOnce()
    {
        await DoneAsync(Ada, 0);
        await JoinAsync(Ada, Grace);
        await DoneAsync(Ada, 1);
        await DoneAsync(Grace, 0, 1);
        await _world.Bot.RunAsAsync(Ada, "undo", ("milestone", Milestones[1].Id));
        await _world.Bot.RunAsAsync(Ada, "undo", ("milestone", Milestones[0].Id));

        var week = await BoardAsync("week");
        var all = await BoardAsync("all");
        var status = await StatusAsync(Ada);
        await DoneAsync(Ada, 1);
        await _world.Bot.RunAsAsync(Ada, "start", ("milestone", Milestones[2].Id));
        await _world.Bot.RunAsAsync(Ada, "done", ("milestone", Milestones[2].Id));

        Assert.Equal(ScoreLine(Grace, 1, 2, 0), week);
        Assert.Equal(ScoreLine(Grace, 1, 2, 0), all);
        Assert.Contains("You: 0 of", status, StringComparison.Ordinal);
        Assert.Equal($"{ScoreLine(Ada, 1, 2, 0)}\n{ScoreLine(Grace, 1, 2, 0)}", await BoardAsync("week"));
        Assert.Equal($"{ScoreLine(Ada, 1, 2, 0)}\n{ScoreLine(Grace, 1, 2, 0)}", await BoardAsync("all"));
    }

    [Fact]
    public async Task Leaving_TakesAMemberOffTheBoard_JoiningAgainBringsTheirCountsBack()
    {
        await JoinAsync(Ada, Grace);
        await DoneAsync(Ada, 0, 1);
        await AcceptedAsync(Ada);
        await DoneAsync(Grace, 0);

        await _world.Bot.SendAsync(Cohort(Ada, "leave", CohortId(_cohort.Id)));
        var left = await BoardAsync("week");
        var leftAll = await BoardAsync("all");
        await JoinAsync(Ada);

        Assert.Equal(ScoreLine(Grace, 1, 1, 0), left);
        Assert.Equal(ScoreLine(Grace, 1, 1, 0), leftAll);
        Assert.Equal($"{ScoreLine(Ada, 1, 2, 1)}\n{ScoreLine(Grace, 2, 1, 0)}", await BoardAsync("week"));
        Assert.Equal($"{ScoreLine(Ada, 1, 2, 1)}\n{ScoreLine(Grace, 2, 1, 0)}", await BoardAsync("all"));
    }

    [Fact]
    public async Task Forgotten_Member_IsOffTheBoardAndOutOfEveryPlace()
    {
        await JoinAsync(Ada, Grace);
        await DoneAsync(Ada, 0, 1);
        await AcceptedAsync(Ada);
        await DoneAsync(Grace, 0);

        await _world.Bot.Get<PrivacyStore>().ForgetAsync(Ada, CancellationToken.None);

        Assert.Equal(ScoreLine(Grace, 1, 1, 0), await BoardAsync("week"));
        Assert.Equal(ScoreLine(Grace, 1, 1, 0), await BoardAsync("all"));
        Assert.Contains("**1st** of 1 member on the board", await StatusAsync(Grace), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MoreSharingThanShown_AreCounted()
    {
        var members = Enumerable.Range(0, LeaderboardCard.Shown + 2).Select(i => 700UL + (ulong)i).ToArray();
        await JoinAsync(members);
        foreach (var member in members)
        {
            await DoneAsync(member, 0);
        }

        var board = await BoardAsync("week");

        Assert.Equal(LeaderboardCard.Shown, board.Split('\n').Count(line => line.StartsWith("1. <@", StringComparison.Ordinal)));
        Assert.EndsWith("… and 2 more.", board, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_PlacesBySameScore_AcceptedSubmissionsIncluded()
    {
        await JoinAsync(Ada, Grace, Linus);
        await DoneAsync(Ada, 0, 1);
        await DoneAsync(Grace, 0, 1);
        await AcceptedAsync(Grace);
        await DoneAsync(Linus, 0);

        var ada = await StatusAsync(Ada);
        var grace = await StatusAsync(Grace);

        Assert.Contains("You: 2 of", ada, StringComparison.Ordinal);
        Assert.Contains("**2nd** of 3 members on the board", ada, StringComparison.Ordinal);
        Assert.Contains("milestones done and 1 accepted submission, **1st** of 3 members on the board", grace, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WholeServer_CountsAcceptedSubmissionsToo()
    {
        await JoinAsync(Ada, Grace);
        await DoneAsync(Ada, 0);
        await AcceptedAsync(Grace);

        var board = Assert.Single((await _world.Bot.SendAsync(Mod("leaderboard", Typed("period", "week")))).Embeds).Description;

        Assert.Equal($"{ScoreLine(Ada, 1, 1, 0)}\n{ScoreLine(Grace, 1, 0, 1)}", board);
    }

    [Fact]
    public async Task ChallengeBoard_NamesTheFirstAndCountsTheRest_AsTheResultsDo()
    {
        var members = Enumerable.Range(0, BoardText.Listed + 3).Select(i => 700UL + (ulong)i).ToArray();
        foreach (var member in members.Append(Margaret))
        {
            await AcceptedAsync(member);
        }

        await _world.Bot.RunAsAsync(Margaret, "profile", ("visibility", "private"));
        await _world.SubmitAsync(Ken, _challenge, "https://github.com/ken/shortener");

        var board = Assert.Single((await _world.MemberAsync(Ada, "board", ("challenge", ChallengeHarness.Id(_challenge)))).Embeds).Description!;

        Assert.Equal(BoardText.Listed, board.Split('\n').Count(line => line.StartsWith("1. <@", StringComparison.Ordinal)));
        Assert.Contains("…and 4 more (some keep their progress private)", board, StringComparison.Ordinal);
        Assert.Contains("30 submissions: 29 accepted, 1 waiting for review.", board, StringComparison.Ordinal);
        Assert.EndsWith(BoardText.Render(await _world.Store.BoardAsync(_challenge, CancellationToken.None)), board, StringComparison.Ordinal);
        Assert.DoesNotContain($"<@{Margaret}>", board, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChallengeBoard_PrivateWhenSubmitting_IsCounted_AndNamedOnceSharingAgain()
    {
        await _world.Bot.RunAsAsync(Margaret, "profile", ("visibility", "private"));
        await AcceptedAsync(Margaret);
        await AcceptedAsync(Ken);

        var whilePrivate = await ChallengeBoardAsync();
        await _world.Bot.RunAsAsync(Margaret, "profile", ("visibility", "server"));
        var sharing = await ChallengeBoardAsync();

        Assert.DoesNotContain($"<@{Margaret}>", whilePrivate, StringComparison.Ordinal);
        Assert.Contains($"<@{Ken}>", whilePrivate, StringComparison.Ordinal);
        Assert.Contains("2 submissions: 2 accepted, 0 waiting for review.", whilePrivate, StringComparison.Ordinal);
        Assert.Contains($"<@{Margaret}>", sharing, StringComparison.Ordinal);
        Assert.Contains($"<@{Ken}>", sharing, StringComparison.Ordinal);
    }

    private async Task<string> ChallengeBoardAsync() =>
        Assert.Single((await _world.MemberAsync(Ada, "board", ("challenge", ChallengeHarness.Id(_challenge)))).Embeds).Description!;

    private static string ScoreLine(ulong member, int place, int done, int accepted) => ChallengeHarness.ScoreLine(member, place, done, accepted);

    private Task JoinAsync(params ulong[] members) => _world.JoinAsync(_cohort, members);

    private Task DoneAsync(ulong member, params int[] milestones) => _world.DoneAsync(member, milestones);

    private Task AcceptedAsync(ulong member) => _world.AcceptedAsync(_challenge, member);

    private async Task<Discord.Models.Embed> BoardCardAsync(string period)
    {
        var reply = await _world.Bot.SendAsync(Mod("leaderboard", CohortId(_cohort.Id), Typed("period", period)));
        Assert.True(reply.Ephemeral);
        return Assert.Single(reply.Embeds);
    }

    private async Task<string> BoardAsync(string period) => (await BoardCardAsync(period)).Description!;

    /// <summary>The board when it has exactly one row.</summary>
    private async Task<string> RowAsync(string period) => Assert.Single((await BoardAsync(period)).Split('\n'));

    private async Task<string> StatusAsync(ulong member) =>
        Assert.Single((await _world.Bot.SendAsync(Cohort(member, "status", CohortId(_cohort.Id)))).Embeds).Description!;
}
