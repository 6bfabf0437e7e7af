using Roadmap.Bot.Content;
using Roadmap.Bot.Tests.Fakes;

namespace Roadmap.Bot.Tests.Browse;

/// <summary>/step, /roadmap, /projects, /project, /resources and /help: reading the roadmap.</summary>
public sealed class BrowsingCommandTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Step_Milestone_ShowsChecklistResourcesPrerequisitesAndButtons()
    {
        await _bot.RunAsync("done", ("milestone", "how-the-internet-works"));

        var reply = await _bot.RunAsync("step", ("milestone", "http-basics"));

        var embed = reply.Embeds[0];
        Assert.Equal("HTTP requests and responses", embed.Title);
        Assert.Equal(["Checklist", "Resources", "Builds on", "Practise it"], embed.Fields!.Select(f => f.Name));
        Assert.StartsWith("☐ ", embed.Fields![0].Value, StringComparison.Ordinal);
        Assert.Contains("[MDN – An overview of HTTP](https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/Overview) · official, free", embed.Fields[1].Value, StringComparison.Ordinal);
        Assert.Equal("✅ How the internet works (`how-the-internet-works`)", embed.Fields[2].Value);
        Assert.Equal(["Start", "Done", "Skip"], BotHarness.Actions(reply).Select(a => a.Label));
    }

    [Fact]
    public async Task Step_StackSpecificMilestone_PutsTheMembersStackFirst()
    {
        await _bot.RunAsync("profile", ("stack", "python"));

        var reply = await _bot.RunAsync("step", ("milestone", "language-fundamentals"));

        var resources = reply.Embeds[0].Fields!.Single(f => f.Name.StartsWith("Resources", StringComparison.Ordinal));
        Assert.Equal("Resources for Python", resources.Name);
        Assert.StartsWith("• [The Python Tutorial]", resources.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("JavaScript Guide", resources.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Step_WithoutStack_OnStackSpecificMilestone_SaysHowToPickOne()
    {
        var reply = await _bot.RunAsync("step", ("milestone", "language-fundamentals"));

        Assert.Contains("Pick your stack with /profile stack:", reply.Embeds[0].Footer?.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Roadmap_ListsEveryStageAndOpensOneFromTheMenu()
    {
        var reply = await _bot.RunAsync("roadmap");
        var stages = BotHarness.Actions(reply);

        var stage = await _bot.ClickAsync("v1:roadmap:stage", "databases");
        var milestone = await _bot.ClickAsync("v1:roadmap:milestone", "redis");

        Assert.Equal(ContentLoader.LoadValid(RepositoryPaths.Content).Track.Stages.Count, stages.Count);
        Assert.Equal("1. How the internet and the web work", stages[0].Label);
        Assert.Contains("**1. How the internet and the web work**", reply.Embeds[0].Description, StringComparison.Ordinal);
        Assert.Equal("Storing data", stage.Embeds[0].Title);
        Assert.True(stage.UpdatesMessage);
        Assert.Contains("⬜ **Relational databases", stage.Embeds[0].Description, StringComparison.Ordinal);
        Assert.Equal("Redis", milestone.Embeds[0].Title);
    }

    [Fact]
    public async Task Step_UnknownMilestone_SuggestsTheClosest()
    {
        var reply = await _bot.RunAsync("step", ("milestone", "dockr"));

        Assert.True(reply.Ephemeral);
        Assert.StartsWith("I don't know a milestone called `dockr`.", reply.Content, StringComparison.Ordinal);
        Assert.Empty(reply.Embeds);
    }

    [Fact]
    public async Task Roadmap_MenuChoiceFromAnOlderContentVersion_SaysToRunItAgain()
    {
        var reply = await _bot.ClickAsync("v1:roadmap:stage", "retired-stage");

        Assert.Equal("That part of the roadmap no longer exists. Run `/roadmap` again to see the current one.", reply.Content);
        Assert.True(reply.Ephemeral);
    }

    [Fact]
    public async Task Projects_UnknownLevelOrMilestone_IsRefused()
    {
        var level = await _bot.RunAsync("projects", ("level", "expert"));
        var milestone = await _bot.RunAsync("projects", ("milestone", "kubernetes-operators"));

        Assert.Equal("`level` must be one of: `beginner`, `intermediate`, `advanced`.", level.Content);
        Assert.StartsWith("I don't know a milestone called `kubernetes-operators`.", milestone.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Projects_NoIdeaMatches_SaysHowToWidenTheSearch()
    {
        var reply = await _bot.RunAsync("projects", ("level", "beginner"), ("milestone", "message-queues"));

        Assert.Equal("No project idea matches that. Try another level, or leave out `milestone:` to see them all.", reply.Content);
    }

    [Fact]
    public async Task Resources_UnknownKind_ListsTheKinds()
    {
        var reply = await _bot.RunAsync("resources", ("topic", "redis"), ("kind", "podcast"));

        Assert.StartsWith("`kind` must be one of: `official`, `article`", reply.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Projects_ByLevel_ListsOnlyThatLevel()
    {
        var reply = await _bot.RunAsync("projects", ("level", "advanced"));

        Assert.Equal("Advanced project ideas", reply.Embeds[0].Title);
        Assert.Equal(13, BotHarness.Actions(reply).Count);
        Assert.DoesNotContain("beginner", reply.Embeds[0].Description, StringComparison.Ordinal);
        Assert.False(reply.Ephemeral);
    }

    [Fact]
    public async Task Projects_ByMilestone_ListsIdeasThatPractiseIt()
    {
        var reply = await _bot.RunAsync("projects", ("milestone", "redis"));

        Assert.Equal("Project ideas that practise Redis", reply.Embeds[0].Title);
        Assert.NotEmpty(BotHarness.Actions(reply));
    }

    [Fact]
    public async Task Projects_MenuChoice_OpensTheIdeaInFull()
    {
        var reply = await _bot.ClickAsync("v1:project:open", "url-shortener");

        Assert.Equal("URL shortener", reply.Embeds[0].Title);
        Assert.Equal(["Requirements", "Stretch goals", "Practises"], reply.Embeds[0].Fields!.Select(f => f.Name));
    }

    [Fact]
    public async Task Project_UnknownIdea_SuggestsTheClosest()
    {
        var reply = await _bot.RunAsync("project", ("idea", "url-shortner"));

        Assert.StartsWith("I don't know a project idea called `url-shortner`. Did you mean `url-shortener`", reply.Content, StringComparison.Ordinal);
        Assert.True(reply.Ephemeral);
    }

    [Fact]
    public async Task Resources_Keyword_FindsMatchingMaterialAcrossMilestones()
    {
        var reply = await _bot.RunAsync("resources", ("topic", "docker"));

        Assert.StartsWith("Resources for “docker”", reply.Embeds[0].Title, StringComparison.Ordinal);
        Assert.Contains("docs.docker.com", reply.Embeds[0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resources_KindAndFreeFilters_KeepOnlyMatches()
    {
        var reply = await _bot.RunAsync("resources", ("topic", "interview-prep"), ("kind", "book"), ("free", false));

        var lines = reply.Embeds[0].Description!.Split('\n').Where(l => l.StartsWith("• ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.EndsWith("· book, paid", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Resources_NothingMatches_SaysWhatToTry()
    {
        var reply = await _bot.RunAsync("resources", ("topic", "zzzz-nothing"));

        Assert.StartsWith("I found no resources for `zzzz-nothing`.", reply.Content, StringComparison.Ordinal);
        Assert.True(reply.Ephemeral);
    }

    [Fact]
    public async Task Help_ListsEveryRegisteredCommand()
    {
        var reply = await _bot.RunAsync("help");

        var names = reply.Embeds[0].Fields!.Select(f => f.Name.Split(' ')[0]).ToList();
        Assert.Equal(_bot.Router.Definitions.Select(d => "/" + d.Name), names);
        Assert.Contains("/done milestone: [note:]", reply.Embeds[0].Fields!.Select(f => f.Name));
        Assert.Contains("/privacy export | forget", reply.Embeds[0].Fields!.Select(f => f.Name));
    }
}
