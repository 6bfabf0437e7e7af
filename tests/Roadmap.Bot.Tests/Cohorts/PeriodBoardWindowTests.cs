using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using Roadmap.Bot.Cohorts;
using Roadmap.Bot.Cohorts.Challenges;
using Roadmap.Bot.Content;
using static Roadmap.Bot.Tests.Fakes.CohortCalls;

namespace Roadmap.Bot.Tests.Cohorts;

/// <summary>
/// The week's and month's boards of a cohort come from points each membership keeps, which the minute
/// job ages as the periods roll on (<see cref="BoardWindowSweep"/>, 0011_period_boards). Whenever the
/// job last ran, and whatever was undone, replaced or made private in between, a moderator sees the
/// same board as counting afresh would show: the whole server's board, which counts from the members'
/// progress, is the yardstick where everyone is in the cohort.
/// </summary>
public sealed class PeriodBoardWindowTests : IAsyncLifetime
{
    private const ulong Ada = ChallengeHarness.Ada;
    private const ulong Grace = ChallengeHarness.Grace;

    private ChallengeHarness _world = null!;
    private Cohort _cohort = null!;
    private Challenge _challenge = null!;

    private IReadOnlyList<Milestone> Milestones => _world.Bot.Get<RoadmapContent>().Milestones;

    private FakeTimeProvider Clock => _world.Bot.Clock;

    public async Task InitializeAsync()
    {
        _world = await ChallengeHarness.StartAsync();
        _cohort = await _world.CohortAsync();
        _challenge = await _world.PostAsync(_cohort);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task AfterTheJob_APointLeavesTheWeekAtItsMinute_AndTheMonthAtItsOwn()
    {
        await JoinAsync(Ada);
        await DoneAsync(Ada, 0);
        await AcceptedAsync(Ada);
        await SweepAsync();

        Clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        await SweepAsync();
        var lastMinuteOfTheWeek = await BoardAsync("week");
        Clock.Advance(TimeSpan.FromMinutes(2));
        var beforeTheJob = await BoardAsync("week");
        await SweepAsync();
        var afterTheJob = await BoardAsync("week");
        var month = await BoardAsync("month");

        Assert.Equal(ScoreLine(Ada, 1, 1, 1), lastMinuteOfTheWeek);
        Assert.StartsWith("Nobody has finished", beforeTheJob, StringComparison.Ordinal);
        Assert.StartsWith("Nobody has finished", afterTheJob, StringComparison.Ordinal);
        Assert.Equal(ScoreLine(Ada, 1, 1, 1), month);
    }

    [Fact]
    public async Task UndoingACompletionTheWeekNoLongerHolds_LeavesTheWeek_AndTakesItFromTheMonth()
    {
        await JoinAsync(Ada, Grace);
        await DoneAsync(Ada, 0);
        Clock.Advance(TimeSpan.FromDays(8));
        await DoneAsync(Ada, 1);
        await DoneAsync(Grace, 0);
        await SweepAsync();

        await _world.Bot.RunAsAsync(Ada, "undo", ("milestone", Milestones[0].Id));
        var week = await BoardAsync("week");
        var month = await BoardAsync("month");
        await DoneAsync(Ada, 0);

        Assert.Equal($"{ScoreLine(Ada, 1, 1, 0)}\n{ScoreLine(Grace, 1, 1, 0)}", week);
        Assert.Equal($"{ScoreLine(Ada, 1, 1, 0)}\n{ScoreLine(Grace, 1, 1, 0)}", month);
        Assert.Equal($"{ScoreLine(Ada, 1, 2, 0)}\n{ScoreLine(Grace, 2, 1, 0)}", await BoardAsync("week"));
    }

    [Fact]
    public async Task AfterARunWhoseClockWasAhead_BoardsStillCountFromNow_AndTheNextRunCountsAgain()
    {
        await JoinAsync(Ada, Grace);
        await DoneAsync(Ada, 0, 1);
        Clock.Advance(TimeSpan.FromDays(3));
        await DoneAsync(Grace, 0);

        // A run on a host clock ten days fast moved the windows past both of Ada's completions.
        var fast = new FakeTimeProvider(Clock.GetUtcNow().AddDays(10));
        await new BoardWindowSweep(_world.Bot.Get<Roadmap.Bot.Persistence.SqliteConnectionFactory>(), fast).RunAsync(CancellationToken.None);
        var whileAhead = await BoardAsync("week");
        await SweepAsync();

        Assert.Equal($"{ScoreLine(Ada, 1, 2, 0)}\n{ScoreLine(Grace, 2, 1, 0)}", whileAhead);
        Assert.Equal(whileAhead, await BoardAsync("week"));
        Assert.Equal(whileAhead, await BoardAsync("month"));
    }

    [Fact]
    public async Task Leaving_AfterTheJob_TakesTheMemberOff_AndJoiningAgainBringsBackOnlyWhatIsInThePeriod()
    {
        await JoinAsync(Ada, Grace);
        await DoneAsync(Ada, 0);
        await AcceptedAsync(Ada);
        Clock.Advance(TimeSpan.FromDays(10));
        await DoneAsync(Ada, 1);
        await DoneAsync(Grace, 0);
        await SweepAsync();

        await _world.Bot.SendAsync(Cohort(Ada, "leave", CohortId(_cohort.Id)));
        var gone = await BoardAsync("week");
        await JoinAsync(Ada);

        Assert.Equal(ScoreLine(Grace, 1, 1, 0), gone);
        Assert.Equal($"{ScoreLine(Ada, 1, 1, 0)}\n{ScoreLine(Grace, 1, 1, 0)}", await BoardAsync("week"));
        Assert.Equal($"{ScoreLine(Ada, 1, 2, 1)}\n{ScoreLine(Grace, 2, 1, 0)}", await BoardAsync("month"));
    }

    /// <summary>
    /// Forty-five days of members finishing, undoing, submitting, being reviewed and going private,
    /// with the job running at odd moments: after every few steps the cohort's week and month boards
    /// equal the server's, which counts from the members' progress each time.
    /// </summary>
    [Fact]
    public async Task ManyDaysOfActivity_TheKeptBoardsAlwaysEqualCountingAfresh()
    {
        var random = new Random(1212);
        ulong[] members = [.. Enumerable.Range(0, 24).Select(i => (ulong)(700 + i))];
        await JoinAsync(members);
        var done = members.ToDictionary(m => m, _ => new HashSet<int>());
        var submissions = 0;
        var submissionsClose = _challenge.DueAt.AddDays(-1);
        for (var step = 1; step <= 160; step++)
        {
            var member = members[random.Next(members.Length)];
            var roll = random.Next(100);
            if (roll < 55)
            {
                var milestone = random.Next(12);
                await DoneAsync(member, milestone);
                done[member].Add(milestone);
            }
            else if (roll < 70 && done[member].Count > 0)
            {
                var milestone = done[member].ElementAt(random.Next(done[member].Count));
                await _world.Bot.RunAsAsync(member, "undo", ("milestone", Milestones[milestone].Id));
                done[member].Remove(milestone);
            }
            else if (roll < 85 && Clock.GetUtcNow() < submissionsClose)
            {
                // A first submission, a resubmission (the one before is replaced), reviewed either way.
                await _world.SubmitAsync(member, _challenge, string.Create(CultureInfo.InvariantCulture, $"https://github.com/m{member}/try{++submissions}"));
                await _world.ReviewAsync(_challenge, member, random.Next(3) == 0 ? "needs-work" : "accepted");
            }
            else if (roll < 92)
            {
                await _world.Bot.RunAsAsync(member, "profile", ("visibility", random.Next(2) == 0 ? "private" : "server"));
            }

            Clock.Advance(TimeSpan.FromMinutes(random.Next(1, 12 * 60)));
            if (random.Next(4) == 0)
            {
                await SweepAsync();
            }

            if (step % 8 == 0)
            {
                Assert.Equal(await ServerBoardAsync("week"), await BoardAsync("week"));
                Assert.Equal(await ServerBoardAsync("month"), await BoardAsync("month"));
            }
        }

        Assert.True(Clock.GetUtcNow() - Fakes.BotHarness.Start > TimeSpan.FromDays(31), "the run should outlast a month");
        Assert.DoesNotContain("Nobody", await BoardAsync("month"), StringComparison.Ordinal);
    }

    private Task SweepAsync() => _world.Bot.Get<BoardWindowSweep>().RunAsync(CancellationToken.None);

    private static string ScoreLine(ulong member, int place, int done, int accepted) => ChallengeHarness.ScoreLine(member, place, done, accepted);

    private Task JoinAsync(params ulong[] members) => _world.JoinAsync(_cohort, members);

    private Task DoneAsync(ulong member, params int[] milestones) => _world.DoneAsync(member, milestones);

    private Task AcceptedAsync(ulong member) => _world.AcceptedAsync(_challenge, member);

    private async Task<string> BoardAsync(string period) =>
        DescriptionOf(await _world.Bot.SendAsync(Mod("leaderboard", CohortId(_cohort.Id), Typed("period", period))));

    /// <summary>The whole server's board: it counts from the members' progress, whatever the cohorts keep.</summary>
    private async Task<string> ServerBoardAsync(string period) =>
        DescriptionOf(await _world.Bot.SendAsync(Mod("leaderboard", Typed("period", period))));

    private static string DescriptionOf(Discord.Interactions.Reply reply)
    {
        Assert.True(reply.Ephemeral);
        return Assert.Single(reply.Embeds).Description!;
    }
}
