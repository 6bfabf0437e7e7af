using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Json;
using Roadmap.Discord.Models;
using Roadmap.Discord.Tests.Fakes;
using static Roadmap.Testing.InteractionFactory;

namespace Roadmap.Discord.Tests.Interactions;

public sealed class InteractionRouterTests
{
    private readonly FakeLogger<InteractionRouter> _log = new();

    private InteractionRouter Router(IReadOnlyList<string>? suggestions = null)
    {
        var echo = new EchoCommand(suggestions);
        return new InteractionRouter([echo], [echo], _log);
    }

    [Fact]
    public async Task RouteAsync_Command_CallsTheHandlerWithTheMemberName()
    {
        var outcome = await Router().RouteAsync(Command("echo", Option("text", "hi")), CancellationToken.None);

        Assert.Equal("ada said hi", outcome.Reply?.Content);
        var json = JsonSerializer.Serialize(outcome.ToResponse(), DiscordJson.Options);
        Assert.Equal("""{"type":4,"data":{"content":"ada said hi","allowed_mentions":{"parse":[]}}}""", json);
    }

    [Fact]
    public async Task RouteAsync_BadOption_AnswersEphemerallyWithoutCallingTheHandler()
    {
        var outcome = await Router().RouteAsync(Command("echo"), CancellationToken.None);

        Assert.True(outcome.Reply?.Ephemeral);
        Assert.StartsWith("`/echo` needs `text`", outcome.Reply?.Content, StringComparison.Ordinal);
        Assert.Equal(MessageFlags.Ephemeral, outcome.ToResponse().Data?.Flags);
    }

    [Fact]
    public async Task RouteAsync_UnknownCommand_PointsToHelp()
    {
        var outcome = await Router().RouteAsync(Command("nope"), CancellationToken.None);

        Assert.Equal("I don't know `/nope`; it may have been removed. Type `/help` to see what I can do.", outcome.Reply?.Content);
        Assert.True(outcome.Reply?.Ephemeral);
    }

    [Fact]
    public async Task RouteAsync_HandlerThrows_ApologisesWithAReferenceThatIsLogged()
    {
        var outcome = await Router().RouteAsync(Command("echo", Option("text", "hi"), Option("fail", true, ApplicationCommandOptionType.Boolean)), CancellationToken.None);

        var content = outcome.Reply?.Content ?? "";
        var reference = content.Split('`')[1];
        Assert.StartsWith("Sorry, something went wrong on our side.", content, StringComparison.Ordinal);
        Assert.DoesNotContain("fire", content, StringComparison.Ordinal);
        Assert.Equal(8, reference.Length);
        var entry = Assert.Single(_log.Collector.GetSnapshot(), e => e.Level == LogLevel.Error);
        Assert.Contains(reference, entry.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(entry.Exception);
    }

    [Fact]
    public async Task RouteAsync_Autocomplete_SendsAtMost25Choices()
    {
        var suggestions = Enumerable.Range(0, 40).Select(i => $"item-{i:00}").ToList();

        var outcome = await Router(suggestions).RouteAsync(Autocomplete("echo", Option("text", "item", focused: true)), CancellationToken.None);

        Assert.Equal(25, outcome.Choices?.Count);
        Assert.Equal(InteractionCallbackType.ApplicationCommandAutocompleteResult, outcome.ToResponse().Type);
    }

    [Fact]
    public async Task RouteAsync_ButtonClick_ReachesTheHandlerNamedInTheId()
    {
        var outcome = await Router().RouteAsync(Click(CustomId.Create("echo", "done", "http-basics")), CancellationToken.None);

        Assert.Equal("grace clicked done http-basics", outcome.Reply?.Content);
        Assert.Equal(InteractionCallbackType.UpdateMessage, outcome.ToResponse().Type);
    }

    [Fact]
    public async Task RouteAsync_SelectMenu_PassesTheChosenValues()
    {
        var outcome = await Router().RouteAsync(Click(CustomId.Create("echo", "stage"), "databases"), CancellationToken.None);

        Assert.Equal("grace clicked stage databases", outcome.Reply?.Content);
    }

    [Fact]
    public async Task RouteAsync_ClickWithForeignId_SaysToRunTheCommandAgain()
    {
        var outcome = await Router().RouteAsync(Click("old-format-button"), CancellationToken.None);

        Assert.StartsWith("This button comes from an older version of the bot", outcome.Reply?.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RouteAsync_Ping_IsAnsweredWithPong()
    {
        var outcome = await Router().RouteAsync(new Interaction { Type = InteractionType.Ping }, CancellationToken.None);

        Assert.Equal(InteractionCallbackType.Pong, outcome.ToResponse().Type);
    }
}
