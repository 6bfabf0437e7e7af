using Roadmap.Bot.Content;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Testing;

namespace Roadmap.Bot.Tests.Progress;

/// <summary>/progress: a member's own progress and, when they allow it, another member's.</summary>
public sealed class ProgressCommandTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Progress_AfterOneCompletion_ShowsOneDoneAndTheStreak()
    {
        await _bot.RunAsync("done", ("milestone", "how-the-internet-works"));
        await _bot.RunAsync("start", ("milestone", "http-basics"));

        var reply = await _bot.RunAsync("progress");

        var text = BotHarness.Text(reply);
        Assert.True(reply.Ephemeral);
        Assert.Equal("ada's progress", reply.Embeds[0].Title);
        Assert.Contains($"**1** done · **0** skipped · **1** in progress · {ContentLoader.LoadValid(RepositoryPaths.Content).Milestones.Count} milestones", text, StringComparison.Ordinal);
        Assert.Contains("🔥 1 week", text, StringComparison.Ordinal);
        Assert.Contains("🔄 HTTP requests and responses (`http-basics`)", text, StringComparison.Ordinal);
        Assert.Contains("✅ How the internet works · 22 Nov", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_Streak_CountsWeeksInTheMembersTimeZone()
    {
        // Sunday 23:30 UTC is already Monday in Paris: last week in UTC, this week there.
        // AdjustTime: the harness starts in November, and SetUtcNow never goes back.
        _bot.Clock.AdjustTime(new DateTimeOffset(2026, 3, 1, 23, 30, 0, TimeSpan.Zero));
        await _bot.RunAsync("done", ("milestone", "git-basics"));
        _bot.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 9, 12, 0, 0, TimeSpan.Zero));

        var inUtc = BotHarness.Text(await _bot.RunAsync("progress"));
        await _bot.RunAsync("profile", ("timezone", "Europe/Paris"));
        var inParis = BotHarness.Text(await _bot.RunAsync("progress"));

        Assert.Contains("No streak yet", inUtc, StringComparison.Ordinal);
        Assert.Contains("🔥 1 week", inParis, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_AfterFourActiveWeeks_ShowsTheFreezeSavedAndThisWeekStillOpen()
    {
        await DoneOnceAWeekAsync(weeks: 4);
        _bot.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 31, 12, 0, 0, TimeSpan.Zero));

        var text = BotHarness.Text(await _bot.RunAsync("progress"));

        Assert.Contains("🔥 4 weeks · 🧊 1 freeze saved\n⏳ Still open this week", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_MissedWeekAfterFourActiveWeeks_IsFrozenAndTheStreakLives()
    {
        await DoneOnceAWeekAsync(weeks: 4);
        _bot.Clock.SetUtcNow(new DateTimeOffset(2026, 4, 8, 12, 0, 0, TimeSpan.Zero));

        var text = BotHarness.Text(await _bot.RunAsync("progress"));

        Assert.Contains("🔥 4 weeks\n1 missed week frozen\n⏳ Still open this week", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_FourthWeeksCompletionUndone_EarnsNoFreeze()
    {
        var fourth = await DoneOnceAWeekAsync(weeks: 4);
        await _bot.RunAsync("undo", ("milestone", fourth));

        var text = BotHarness.Text(await _bot.RunAsync("progress"));

        Assert.Contains("🔥 3 weeks\n⏳ Still open this week", text, StringComparison.Ordinal);
        Assert.DoesNotContain("freeze", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_OtherMemberPrivate_IsRefused()
    {
        await _bot.RunAsAsync(InteractionFactory.OtherMemberId, "profile", ("visibility", "private"));

        var reply = await _bot.RunAsync("progress", ("member", InteractionFactory.OtherMemberId.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal("That member keeps their progress private. You can see your own with `/progress`.", reply.Content);
        Assert.True(reply.Ephemeral);
    }

    [Fact]
    public async Task Progress_OtherMemberPublic_IsShownToEveryone()
    {
        await _bot.RunAsAsync(InteractionFactory.OtherMemberId, "profile", ("visibility", "public"));
        await _bot.RunAsAsync(InteractionFactory.OtherMemberId, "done", ("milestone", "git-basics"));

        var reply = await _bot.RunAsync("progress", ("member", InteractionFactory.OtherMemberId.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.False(reply.Ephemeral);
        Assert.Contains("**1** done", BotHarness.Text(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_MemberWhoNeverUsedTheBot_SaysThereIsNothing()
    {
        var reply = await _bot.RunAsync("progress", ("member", "424242"));

        Assert.Equal("That member hasn't used the roadmap yet, so there is nothing to show.", reply.Content);
    }

    /// <summary>
    /// Finishes one milestone on each Monday from 2 March 2026, leaves the clock on the last of them,
    /// and returns the last milestone's id.
    /// </summary>
    private async Task<string> DoneOnceAWeekAsync(int weeks)
    {
        // AdjustTime: the harness starts in November, and SetUtcNow never goes back.
        var monday = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        _bot.Clock.AdjustTime(monday);
        var milestones = _bot.Get<RoadmapContent>().Milestones.Take(weeks).Select(m => m.Id).ToList();
        foreach (var milestone in milestones)
        {
            _bot.Clock.SetUtcNow(monday);
            await _bot.RunAsync("done", ("milestone", milestone));
            monday = monday.AddDays(7);
        }

        return milestones[^1];
    }
}
