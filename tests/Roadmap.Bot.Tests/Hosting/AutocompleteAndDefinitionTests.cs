using System.Text.Json;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Json;

namespace Roadmap.Bot.Tests.Hosting;

public sealed class AutocompleteAndDefinitionTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task MilestoneAutocomplete_Prefix_PutsTheIdMatchFirst()
    {
        var choices = await _bot.AutocompleteAsync("done", "milestone", "http");

        Assert.Equal("http-basics", choices[0].Value.GetString());
        Assert.Equal("HTTP requests and responses (http-basics)", choices[0].Name);
        Assert.Contains(choices, c => c.Value.GetString() == "http-caching");
    }

    [Fact]
    public async Task MilestoneAutocomplete_Typo_StillFindsIt()
    {
        var choices = await _bot.AutocompleteAsync("step", "milestone", "reids");

        Assert.Equal("redis", choices[0].Value.GetString());
    }

    [Fact]
    public async Task MilestoneAutocomplete_Empty_OffersAtMost25InTrackOrder()
    {
        var choices = await _bot.AutocompleteAsync("step", "milestone", "");

        Assert.Equal(25, choices.Count);
        Assert.Equal("how-the-internet-works", choices[0].Value.GetString());
    }

    [Fact]
    public async Task ProjectAutocomplete_WordPrefix_FindsTheIdea()
    {
        var choices = await _bot.AutocompleteAsync("project", "idea", "short");

        Assert.Contains(choices, c => c.Value.GetString() == "url-shortener");
    }

    [Fact]
    public async Task TimeZoneAutocomplete_City_FindsTheZone()
    {
        var choices = await _bot.AutocompleteAsync("profile", "timezone", "berl");

        Assert.Equal("Europe/Berlin", choices[0].Value.GetString());
    }

    [Fact]
    public void Definitions_EveryShippedCommand_FollowsDiscordsRules()
    {
        var definitions = _bot.Router.Definitions;

        Assert.Empty(CommandDefinitionRules.Check(definitions));
        Assert.Equal(["next", "step", "start", "done", "skip", "undo", "progress", "roadmap", "projects", "project", "resources", "profile", "nudges", "cohort", "challenge", "mod", "privacy", "help"], definitions.Select(d => d.Name));
    }

    [Fact]
    public void Definitions_Serialize_AsDiscordCommandJson()
    {
        var done = _bot.Router.Definitions.Single(d => d.Name == "done");

        var json = JsonSerializer.Serialize(done, DiscordJson.Options);

        Assert.Equal("""{"name":"done","description":"Mark a milestone done, with an optional note","type":1,"options":[{"type":3,"name":"milestone","description":"The milestone: start typing its name","required":true,"autocomplete":true},{"type":3,"name":"note","description":"A short note for yourself: what you built or learned","max_length":500}],"contexts":[0,1]}""", json);
    }
}
