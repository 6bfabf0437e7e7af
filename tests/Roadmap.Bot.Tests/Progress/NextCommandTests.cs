using System.Globalization;
using Roadmap.Bot.Content;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Testing;

namespace Roadmap.Bot.Tests.Progress;

public sealed class NextCommandTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Next_NewMember_SuggestsTheFirstStepPrivatelyWithButtons()
    {
        var reply = await _bot.RunAsync("next");

        var text = BotHarness.Text(reply);
        Assert.True(reply.Ephemeral);
        Assert.Equal("Next: How the internet works", reply.Embeds[0].Title);
        Assert.Contains("This is where the track begins", text, StringComparison.Ordinal);
        Assert.Contains("Tell me how many hours a week you have with `/profile weekly_hours:`", text, StringComparison.Ordinal);
        Assert.Equal(["Start", "Done", "Skip"], BotHarness.Actions(reply).Select(a => a.Label));
        Assert.Equal("v1:progress:done:how-the-internet-works", BotHarness.Actions(reply)[1].CustomId);
    }

    [Fact]
    public async Task Next_WithWeeklyHours_EstimatesTheFinishDate()
    {
        await _bot.RunAsync("profile", ("weekly_hours", 10L));

        var text = BotHarness.Text(await _bot.RunAsync("next"));

        var hours = _bot.Get<RoadmapContent>().Milestones.Sum(m => m.Hours);
        var weeks = (hours + 9) / 10;
        var finish = new DateOnly(2026, 11, 22).AddDays(weeks * 7).ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        Assert.Contains($"About {hours} h left. At 10 h a week that is {weeks} weeks: around **{finish}**.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Next_AfterStartingSomething_SuggestsWhatIsInProgress()
    {
        await _bot.RunAsync("start", ("milestone", "git-basics"));

        var reply = await _bot.RunAsync("next");

        Assert.Equal("Next: Git basics", reply.Embeds[0].Title);
        Assert.Contains("You started", BotHarness.Text(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Next_InADirectMessage_AnswersTheUserWhoSentIt()
    {
        await _bot.SendAsync(InteractionFactory.DirectCommand(9001, "done", InteractionFactory.Option("milestone", "how-the-internet-works")));

        var reply = await _bot.SendAsync(InteractionFactory.DirectCommand(9001, "next"));

        Assert.Equal("Next: HTTP requests and responses", reply.Embeds[0].Title);
    }
}
