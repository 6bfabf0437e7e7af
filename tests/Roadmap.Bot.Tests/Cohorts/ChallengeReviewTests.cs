using Roadmap.Bot.Cohorts.Challenges;
using Roadmap.Bot.Nudges;
using Roadmap.Bot.Tests.Fakes;

namespace Roadmap.Bot.Tests.Cohorts;

/// <summary><c>/mod challenge review</c> and the board it feeds: the member hears privately, the board ranks fairly.</summary>
public sealed class ChallengeReviewTests : IAsyncLifetime
{
    private ChallengeHarness _world = null!;
    private Challenge _challenge = null!;

    public async Task InitializeAsync()
    {
        _world = await ChallengeHarness.StartAsync();
        _challenge = await _world.PostAsync(await _world.CohortAsync());
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private FakeNudgeSender Dms => _world.Bot.Get<FakeNudgeSender>();

    [Fact]
    public async Task Review_TellsTheMemberByDirectMessage_WithVerdictAndFeedback()
    {
        await _world.SubmitAsync(ChallengeHarness.Ada, _challenge, "https://github.com/ada/shortener");

        var reply = await _world.ReviewAsync(_challenge, ChallengeHarness.Ada, "needs-work", "Add tests for expired links");

        Assert.True(reply.Ephemeral);
        Assert.Contains("told by direct message", reply.Content, StringComparison.Ordinal);
        var (memberId, text) = Assert.Single(Dms.Confirmations);
        Assert.Equal(ChallengeHarness.Ada, memberId);
        Assert.Contains("Needs work", text, StringComparison.Ordinal);
        Assert.Contains("Add tests for expired links", text, StringComparison.Ordinal);
        Assert.Equal(Verdicts.NeedsWork, (await _world.Store.CurrentAsync(_challenge, ChallengeHarness.Ada, CancellationToken.None))?.Verdict);
    }

    [Fact]
    public async Task Review_MemberWithClosedDms_KeepsTheVerdictAndTellsTheModerator()
    {
        await _world.SubmitAsync(ChallengeHarness.Ada, _challenge, "https://github.com/ada/shortener");
        Dms.ConfirmAnswer = _ => new NudgeDelivery(NudgeDeliveryOutcome.DmsClosed, 50007, DiscordNudgeSender.DmsClosedReason);

        var reply = await _world.ReviewAsync(_challenge, ChallengeHarness.Ada, "accepted");

        Assert.Contains("couldn't tell them", reply.Content, StringComparison.Ordinal);
        Assert.Equal(Verdicts.Accepted, (await _world.Store.CurrentAsync(_challenge, ChallengeHarness.Ada, CancellationToken.None))?.Verdict);
    }

    [Fact]
    public async Task Review_MemberWithoutSubmission_SaysSoAndSendsNothing()
    {
        var reply = await _world.ReviewAsync(_challenge, ChallengeHarness.Grace, "accepted");

        Assert.Contains("no submission", reply.Content, StringComparison.Ordinal);
        Assert.Empty(Dms.Confirmations);
    }

    [Fact]
    public async Task Board_RanksAcceptedOnTime_TiesShareARank_PrivateCounted_ZerosLeftOff()
    {
        await _world.SubmitAsync(ChallengeHarness.Ada, _challenge, "https://github.com/ada/shortener");
        await _world.SubmitAsync(ChallengeHarness.Grace, _challenge, "https://github.com/grace/shortener");
        await _world.SubmitAsync(ChallengeHarness.Linus, _challenge, "https://github.com/linus/shortener");
        await _world.SubmitAsync(604, _challenge, "https://github.com/someone/shortener");
        await _world.Bot.RunAsAsync(ChallengeHarness.Linus, "profile", ("visibility", "private"));
        foreach (var member in new[] { ChallengeHarness.Ada, ChallengeHarness.Grace, ChallengeHarness.Linus })
        {
            await _world.ReviewAsync(_challenge, member, "accepted");
        }

        await _world.ReviewAsync(_challenge, 604, "needs-work");

        var text = BotHarness.Text(await _world.MemberAsync(ChallengeHarness.Ada, "board", ("challenge", ChallengeHarness.Id(_challenge))));

        Assert.Contains($"1. <@{ChallengeHarness.Ada}>\n1. <@{ChallengeHarness.Grace}>", text, StringComparison.Ordinal);
        Assert.DoesNotContain($"<@{ChallengeHarness.Linus}>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<@604>", text, StringComparison.Ordinal);
        Assert.Contains("and 1 more", text, StringComparison.Ordinal);
        Assert.Contains("4 submissions: 3 accepted, 0 waiting for review", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_EqualScores_ShareTheRankOfTheFirst()
    {
        var at = DateTimeOffset.UnixEpoch;

        var ranked = ChallengeBoard.Rank([(1, 3, at), (2, 5, at), (3, 3, at.AddMinutes(1)), (4, 1, at), (5, 0, at)]);

        Assert.Equal([(2UL, 1), (1UL, 2), (3UL, 2), (4UL, 4)], ranked.Select(e => (e.MemberId, e.Rank)));
    }
}
