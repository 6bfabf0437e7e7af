using System.Text.Json;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Discord.Json;
using Roadmap.Testing;
using Roadmap.Testing.OpenApi;

namespace Roadmap.Bot.Tests.Hosting;

/// <summary>What the bot hands Discord, checked against Discord's own OpenAPI spec (a copy ships in tests/Roadmap.Testing/Discord).</summary>
public sealed class WireContractTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public void Definitions_EveryCommand_MatchesApplicationCommandCreateRequest()
    {
        foreach (var definition in _bot.Router.Definitions)
        {
            // Discord's docs send default_member_permissions as a decimal string (/mod: "32"), the spec
            // types it as an integer (REFERENCE.md, Appendix A): that one documented difference is forgiven.
            var violations = OpenApiValidator.Discord.Validate(JsonSerializer.Serialize(definition, DiscordJson.Options), "ApplicationCommandCreateRequest")
                .Where(v => !(v.Path.EndsWith(".default_member_permissions", StringComparison.Ordinal) && v.Message == "is a string, expected integer or null"))
                .ToList();

            Assert.True(violations.Count == 0, $"/{definition.Name}: {string.Join("; ", violations)}");
        }
    }

    [Theory]
    [InlineData("next")]
    [InlineData("roadmap")]
    [InlineData("progress")]
    [InlineData("projects")]
    [InlineData("help")]
    [InlineData("profile")]
    public async Task Replies_OfEachCommand_MatchTheCallbackSchema(string command)
    {
        await _bot.RunAsync("done", ("milestone", "how-the-internet-works"));

        var json = BotHarness.Json(await _bot.RunAsync(command));

        var violations = OpenApiValidator.Discord.Validate(json, "CreateMessageInteractionCallbackRequest");
        Assert.True(violations.Count == 0, string.Join("; ", violations));
    }

    [Fact]
    public async Task Replies_NudgesOnAndStatus_MatchTheCallbackSchema()
    {
        await _bot.RunAsync("profile", ("timezone", "America/New_York"));

        var on = BotHarness.Json(await _bot.SendAsync(InteractionFactory.Command("nudges", InteractionFactory.Sub("on", InteractionFactory.Option("day", "sunday"), InteractionFactory.Option("time", "01:30")))));
        var status = BotHarness.Json(await _bot.SendAsync(InteractionFactory.Command("nudges", InteractionFactory.Sub("status"))));

        Assert.Empty(OpenApiValidator.Discord.Validate(on, "CreateMessageInteractionCallbackRequest"));
        Assert.Empty(OpenApiValidator.Discord.Validate(status, "CreateMessageInteractionCallbackRequest"));
    }

    [Fact]
    public async Task Replies_MilestoneCardAndConfirmation_MatchTheCallbackSchema()
    {
        var card = BotHarness.Json(await _bot.RunAsync("step", ("milestone", "web-framework")));
        var done = BotHarness.Json(await _bot.RunAsync("done", ("milestone", "web-framework"), ("note", "built a tiny API")));

        Assert.Empty(OpenApiValidator.Discord.Validate(card, "CreateMessageInteractionCallbackRequest"));
        Assert.Empty(OpenApiValidator.Discord.Validate(done, "CreateMessageInteractionCallbackRequest"));
    }
}
