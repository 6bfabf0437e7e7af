using Roadmap.Bot.Content;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Testing;

namespace Roadmap.Bot.Tests.Hosting;

/// <summary>The longest things the bot can say, all within Discord's limits.</summary>
public sealed class LongestRepliesTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task EveryMilestoneCard_ForEveryStack_FitsDiscord()
    {
        var content = _bot.Get<RoadmapContent>();
        foreach (var stack in content.Stacks.Select(s => s.Id).Append(null))
        {
            if (stack is not null)
            {
                await _bot.RunAsync("profile", ("stack", stack));
            }

            foreach (var milestone in content.Milestones)
            {
                var reply = await _bot.RunAsync("step", ("milestone", milestone.Id));
                Assert.True(LimitCheck.Violations(reply.ToResponseData()).Count == 0, $"{milestone.Id} for {stack}: {string.Join("; ", LimitCheck.Violations(reply.ToResponseData()))}");
            }
        }
    }

    [Fact]
    public async Task ProgressWithEverythingDoneAndALongName_FitsDiscord()
    {
        var content = _bot.Get<RoadmapContent>();
        foreach (var milestone in content.Milestones.Take(40))
        {
            await _bot.RunAsync("done", ("milestone", milestone.Id), ("note", new string('n', 500)));
        }

        foreach (var milestone in content.Milestones.Skip(40))
        {
            await _bot.RunAsync("start", ("milestone", milestone.Id));
        }

        var longName = new string('*', 32) + "@everyone" + new string('_', 60);
        var reply = await _bot.SendAsync(InteractionFactory.CommandBy(InteractionFactory.MemberId, longName, "progress"));

        Assert.Empty(LimitCheck.Violations(reply.ToResponseData()));
        Assert.DoesNotContain("@everyone", reply.Embeds[0].Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListsProjectsHelpAndRoadmap_FitDiscord()
    {
        var content = _bot.Get<RoadmapContent>();
        var replies = new List<Roadmap.Discord.Interactions.Reply>
        {
            await _bot.RunAsync("projects"),
            await _bot.RunAsync("help"),
            await _bot.RunAsync("roadmap"),
            await _bot.RunAsync("resources", ("topic", "a")),
        };
        foreach (var project in content.Projects)
        {
            replies.Add(await _bot.RunAsync("project", ("idea", project.Id)));
        }

        foreach (var stage in content.Track.Stages)
        {
            replies.Add(await _bot.ClickAsync("v1:roadmap:stage", stage.Id));
        }

        Assert.All(replies, r => Assert.Empty(LimitCheck.Violations(r.ToResponseData())));
    }
}
