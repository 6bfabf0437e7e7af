using Roadmap.Bot.Content;
using Roadmap.Bot.Nudges;
using Roadmap.Bot.Progress;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;
using Roadmap.Testing;
using static Roadmap.Bot.Tests.Fakes.NudgesHarness;

namespace Roadmap.Bot.Tests.Nudges;

/// <summary>
/// What a nudge says, composed from the real database: the next milestone (the same as /next), the
/// last seven days' finishes, the streak with its freezes, the estimate, the late line and the buttons.
/// </summary>
public sealed class NudgeMessageTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Due = Utc("2026-12-29T08:00:00Z");

    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Compose_MemberWithProgress_SaysNextMilestoneLastWeeksFinishesStreakWithFreezeAndEstimate()
    {
        var milestones = _bot.Get<RoadmapContent>().Milestones;
        await _bot.RunAsync("profile", ("timezone", "Europe/Berlin"), ("weekly_hours", 5L));
        // Four active weeks (from Sunday 22 November) earn a freeze; the week of 14 December has
        // nothing and uses it; Sunday 27 December is active again; Tuesday 29 December is still open.
        string[] doneOn = ["2026-11-22T10:00:00Z", "2026-11-29T10:00:00Z", "2026-12-06T10:00:00Z", "2026-12-13T10:00:00Z", "2026-12-27T10:00:00Z"];
        for (var i = 0; i < doneOn.Length; i++)
        {
            _bot.Clock.SetUtcNow(Utc(doneOn[i]));
            await _bot.RunAsync("done", ("milestone", milestones[i].Id));
        }

        _bot.Clock.SetUtcNow(Utc("2026-12-29T10:00:00Z"));
        var next = await _bot.RunAsync("next");

        var nudge = await ComposeAsync(isLate: false);

        var embed = Assert.Single(nudge.Message.Embeds);
        Assert.Equal(next.Embeds[0].Title!.Replace("Next: ", "This week: ", StringComparison.Ordinal), embed.Title);
        Assert.Equal(next.Embeds[0].Description, embed.Description);
        Assert.Equal(Coach.SuggestNext(_bot.Get<RoadmapContent>(), await StatusesAsync()).Milestone!.Id, nudge.MilestoneId);
        Assert.Equal($"✅ {milestones[4].Title}", Field(embed, "Finished in the last 7 days"));
        Assert.Equal("🔥 5 weeks\n1 missed week frozen\n⏳ Still open this week", Field(embed, "Weekly streak"));
        Assert.Contains("At 5 h a week", Field(embed, "Finish estimate"), StringComparison.Ordinal);
        Assert.Equal(
            [("Start", $"v1:nudge:start:{nudge.MilestoneId}:{Member}"), ("Done", $"v1:nudge:done:{nudge.MilestoneId}:{Member}"), ("Skip this week", $"v1:nudge:skip-week:{Member}"), ("Stop nudges", $"v1:nudge:stop:{Member}")],
            BotHarness.Actions(nudge.Message));
    }

    [Fact]
    public async Task Compose_NewMember_SuggestsTheFirstStepWithNoStreakAndAsksForHours()
    {
        var nudge = await ComposeAsync(isLate: false);

        var embed = Assert.Single(nudge.Message.Embeds);
        Assert.Equal("This week: How the internet works", embed.Title);
        Assert.Equal("how-the-internet-works", nudge.MilestoneId);
        Assert.Equal(NudgeMessage.NothingLastWeek, Field(embed, "Finished in the last 7 days"));
        Assert.Equal(StreakText.NoStreak, Field(embed, "Weekly streak"));
        Assert.StartsWith("Tell me how many hours a week you have", Field(embed, "Finish estimate"), StringComparison.Ordinal);
        Assert.DoesNotContain(NudgeMessage.LateLine, embed.Description, StringComparison.Ordinal);
        Assert.False(nudge.Message.Ephemeral);
        Assert.Equal(AllowedMentions.None, nudge.Message.AllowedMentions);
    }

    [Fact]
    public async Task Compose_Late_OpensWithTheLateLine()
    {
        var nudge = await ComposeAsync(isLate: true);

        Assert.StartsWith(NudgeMessage.LateLine + "\n\n", nudge.Message.Embeds[0].Description, StringComparison.Ordinal);
        Assert.Contains("where the track begins", nudge.Message.Embeds[0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compose_MilestoneInProgress_OffersDoneButNotStart()
    {
        await _bot.RunAsync("start", ("milestone", "git-basics"));

        var nudge = await ComposeAsync(isLate: false);

        Assert.Equal("git-basics", nudge.MilestoneId);
        Assert.Equal(["Done", "Skip this week", "Stop nudges"], BotHarness.Actions(nudge.Message).Select(a => a.Label));
    }

    [Fact]
    public async Task Compose_AllButOneDoneThisWeek_FitsDiscordWithoutCutting()
    {
        var milestones = _bot.Get<RoadmapContent>().Milestones;
        foreach (var milestone in milestones.Take(milestones.Count - 1))
        {
            await _bot.RunAsync("done", ("milestone", milestone.Id));
        }

        var nudge = await ComposeAsync(isLate: true);

        Assert.Equal(milestones[^1].Id, nudge.MilestoneId);
        Assert.Contains($"… and {milestones.Count - 11} more", Field(nudge.Message.Embeds[0], "Finished in the last 7 days"), StringComparison.Ordinal);
        Assert.Empty(LimitCheck.Violations(Unfitted(nudge.Message)));
    }

    [Fact]
    public async Task Compose_TrackFinished_SaysSoWithOnlyTheNudgeButtons()
    {
        foreach (var milestone in _bot.Get<RoadmapContent>().Milestones)
        {
            await _bot.RunAsync("done", ("milestone", milestone.Id));
        }

        var nudge = await ComposeAsync(isLate: false);

        Assert.Null(nudge.MilestoneId);
        Assert.Equal("This week: you finished the track 🎉", nudge.Message.Embeds[0].Title);
        Assert.Equal(["Skip this week", "Stop nudges"], BotHarness.Actions(nudge.Message).Select(a => a.Label));
        Assert.Empty(LimitCheck.Violations(Unfitted(nudge.Message)));
    }

    private const ulong Member = InteractionFactory.MemberId;

    private Task<ComposedNudge> ComposeAsync(bool isLate) =>
        _bot.Get<NudgeComposer>().ComposeAsync(new DueNudge(InteractionFactory.MemberId, Due, isLate, DmChannelId: null), CancellationToken.None);

    private Task<LearnerStatuses> StatusesAsync() => _bot.Get<ProgressStore>().StatusesAsync(InteractionFactory.MemberId, CancellationToken.None);

    private static string Field(Embed embed, string name) => Assert.Single(embed.Fields!, f => f.Name == name).Value;

    /// <summary>The message as built, before <see cref="MessageLimits"/> would cut anything to fit.</summary>
    private static InteractionResponseData Unfitted(Reply reply) =>
        new() { Content = reply.Content, Embeds = reply.Embeds, Components = reply.Components };
}
