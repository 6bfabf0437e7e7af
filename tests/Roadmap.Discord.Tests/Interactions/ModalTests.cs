using System.Text.Json;
using Microsoft.Extensions.Logging.Testing;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Json;
using Roadmap.Discord.Models;
using Roadmap.Testing.OpenApi;

namespace Roadmap.Discord.Tests.Interactions;

/// <summary>Modals: the MODAL callback as Discord's schema wants it, and a MODAL_SUBMIT routed by custom id with what was typed.</summary>
public sealed class ModalTests
{
    private static readonly Modal Form = new()
    {
        CustomId = CustomId.Create("form", "send", "12"),
        Title = "Submit: Build a URL shortener",
        Components =
        [
            ActionRow.Of(new TextInput { CustomId = "link", Label = "Link", Style = TextInputStyle.SingleLine, Required = true, MaxLength = 512 }),
            ActionRow.Of(new TextInput { CustomId = "note", Label = "Note", Style = TextInputStyle.Paragraph, Required = false }),
        ],
    };

    [Fact]
    public void FormReply_BecomesTheModalCallback_ValidAgainstDiscordsSchema()
    {
        var json = JsonSerializer.Serialize(Reply.Form(Form, "use the command instead").ToResponse(), DiscordJson.Options);

        Assert.Equal("""{"type":9,"data":{"components":[{"type":1,"components":[{"type":4,"custom_id":"link","style":1,"label":"Link","required":true,"max_length":512}]},{"type":1,"components":[{"type":4,"custom_id":"note","style":2,"label":"Note","required":false}]}],"custom_id":"v1:form:send:12","title":"Submit: Build a URL shortener"}}""", json);
        Assert.Empty(OpenApiValidator.Discord.Validate(json, "ModalInteractionCallbackRequest"));
    }

    [Fact]
    public async Task RouteAsync_ModalSubmitInActionRows_GoesToTheHandlerItNames_WithTheTypedValues()
    {
        var handler = new RecordingModalHandler();
        var interaction = Read("""
            {"type":5,"id":"31","application_id":"42","token":"t","guild_id":"7",
             "member":{"user":{"id":"555","username":"ada"},"permissions":"0"},
             "data":{"custom_id":"v1:form:send:12","components":[
               {"type":1,"components":[{"type":4,"custom_id":"link","value":"https://github.com/ada/x"}]},
               {"type":1,"components":[{"type":4,"custom_id":"note","value":""}]}]}}
            """);

        var outcome = await Router(handler).RouteAsync(interaction, CancellationToken.None);

        Assert.Equal("got it", outcome.Reply?.Content);
        var context = Assert.Single(handler.Received);
        Assert.Equal("12", context.Id.Argument(0));
        Assert.Equal("https://github.com/ada/x", context.Field("link"));
        Assert.Null(context.Field("note"));
        Assert.Equal(555UL, context.Caller.UserId);
    }

    [Fact]
    public async Task RouteAsync_ModalSubmitInLabels_ReadsTheTypedValuesToo()
    {
        var handler = new RecordingModalHandler();
        var interaction = Read("""
            {"type":5,"id":"32","application_id":"42","token":"t","guild_id":"7",
             "member":{"user":{"id":"555","username":"ada"},"permissions":"0"},
             "data":{"custom_id":"v1:form:send:12","components":[
               {"type":18,"id":1,"component":{"type":4,"id":2,"custom_id":"link","value":"https://github.com/ada/y"}}]}}
            """);

        await Router(handler).RouteAsync(interaction, CancellationToken.None);

        Assert.Equal("https://github.com/ada/y", Assert.Single(handler.Received).Field("link"));
    }

    [Fact]
    public async Task RouteAsync_ModalOfNoKnownHandler_SaysTheFormNoLongerWorks()
    {
        var interaction = Read("""{"type":5,"id":"33","token":"t","user":{"id":"555","username":"ada"},"data":{"custom_id":"v1:gone:send:1","components":[]}}""");

        var outcome = await Router(new RecordingModalHandler()).RouteAsync(interaction, CancellationToken.None);

        Assert.True(outcome.Reply?.Ephemeral);
        Assert.Contains("no longer works", outcome.Reply?.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RouteAsync_ModalHandlerAnsweringWithAnotherForm_SendsItsTextInstead()
    {
        // Discord refuses a modal in answer to a modal submission.
        var handler = new RecordingModalHandler { Answer = Reply.Form(Form, "type the command instead") };
        var interaction = Read("""{"type":5,"id":"34","token":"t","user":{"id":"555","username":"ada"},"data":{"custom_id":"v1:form:send:1","components":[]}}""");

        var outcome = await Router(handler).RouteAsync(interaction, CancellationToken.None);

        Assert.Equal(InteractionCallbackType.ChannelMessageWithSource, outcome.ToResponse().Type);
        Assert.Equal("type the command instead", outcome.Reply?.Content);
    }

    private static Interaction Read(string json) => JsonSerializer.Deserialize<Interaction>(json, DiscordJson.Options)!;

    private static InteractionRouter Router(IModalHandler handler) =>
        new([], [], new FakeLogger<InteractionRouter>(), modals: [handler]);

    private sealed class RecordingModalHandler : IModalHandler
    {
        public List<ModalContext> Received { get; } = [];

        public Reply Answer { get; init; } = Reply.Text("got it", ephemeral: true);

        public string ModalName => "form";

        public ValueTask<Reply> HandleModalAsync(ModalContext context, CancellationToken cancellationToken)
        {
            Received.Add(context);
            return ValueTask.FromResult(Answer);
        }
    }
}
