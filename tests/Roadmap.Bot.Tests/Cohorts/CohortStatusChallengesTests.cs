using Roadmap.Bot.Cohorts.Challenges;
using Roadmap.Bot.Tests.Fakes;
using static Roadmap.Bot.Tests.Fakes.CohortCalls;

namespace Roadmap.Bot.Tests.Cohorts;

/// <summary><c>/cohort status</c> lists the cohort's challenges with where the member stands in each, open ones first.</summary>
public sealed class CohortStatusChallengesTests : IAsyncLifetime
{
    private ChallengeHarness _world = null!;

    public async Task InitializeAsync() => _world = await ChallengeHarness.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Status_ShowsEachChallengeWithTheMembersStanding()
    {
        var cohort = await _world.CohortAsync();
        await _world.Bot.SendAsync(Cohort(ChallengeHarness.Ada, "join", CohortId(cohort.Id)));
        var accepted = await _world.PostAsync(cohort, "Accepted one");
        var needsWork = await _world.PostAsync(cohort, "Needs work one");
        var waiting = await _world.PostAsync(cohort, "Waiting one");
        var joined = await _world.PostAsync(cohort, "Joined one");
        await _world.PostAsync(cohort, "Untouched one");
        var closed = await _world.PostAsync(cohort, "Closed one");
        await _world.SubmitAsync(ChallengeHarness.Ada, accepted, "https://github.com/ada/one");
        await _world.SubmitAsync(ChallengeHarness.Ada, needsWork, "https://github.com/ada/two");
        await _world.SubmitAsync(ChallengeHarness.Ada, waiting, "https://github.com/ada/three");
        await _world.ReviewAsync(accepted, ChallengeHarness.Ada, "accepted");
        await _world.ReviewAsync(needsWork, ChallengeHarness.Ada, "needs-work");
        await _world.Bot.SendAsync(ChallengeInteractions.Click(ChallengeHarness.Ada, ChallengeButtons.Join(joined.Id)));
        await _world.ModAsync("close", ("challenge", ChallengeHarness.Id(closed)));

        var status = Assert.Single((await _world.Bot.SendAsync(Cohort(ChallengeHarness.Ada, "status", CohortId(cohort.Id)))).Embeds).Description!;

        var lines = status.Split('\n').Where(l => l.StartsWith('•')).ToList();
        Assert.Equal(6, lines.Count);
        Assert.EndsWith("Accepted one (due <t:1797379140:F> (<t:1797379140:R>)): submitted, ✅ accepted", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("needs work (resubmit with `/challenge submit`)", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("submitted, waiting for review", lines[2], StringComparison.Ordinal);
        Assert.EndsWith("joined, not submitted yet (`/challenge submit`)", lines[3], StringComparison.Ordinal);
        Assert.EndsWith("not joined (`/challenge submit` takes part)", lines[4], StringComparison.Ordinal);
        Assert.EndsWith("Closed one (closed): not submitted", lines[5], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_AnotherMembersSubmission_IsNotYours_AndACohortWithoutChallengesSaysSo()
    {
        var cohort = await _world.CohortAsync();
        var quiet = await _world.CohortAsync("Quiet cohort");
        await _world.Bot.SendAsync(Cohort(ChallengeHarness.Ada, "join", CohortId(cohort.Id)));
        await _world.Bot.SendAsync(Cohort(ChallengeHarness.Ada, "join", CohortId(quiet.Id)));
        var challenge = await _world.PostAsync(cohort);
        await _world.SubmitAsync(ChallengeHarness.Grace, challenge, "https://github.com/grace/one");

        var mine = Assert.Single((await _world.Bot.SendAsync(Cohort(ChallengeHarness.Ada, "status", CohortId(cohort.Id)))).Embeds).Description!;
        var none = Assert.Single((await _world.Bot.SendAsync(Cohort(ChallengeHarness.Ada, "status", CohortId(quiet.Id)))).Embeds).Description!;

        Assert.Contains("Build a URL shortener", mine, StringComparison.Ordinal);
        Assert.Contains("not joined", mine, StringComparison.Ordinal);
        Assert.Contains("**Challenges:** none posted yet.", none, StringComparison.Ordinal);
    }
}
