using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;
using static Roadmap.Discord.Interactions.CommandBuilder;

namespace Roadmap.Bot.Tests.Fakes;

/// <summary>
/// A small <c>/step</c>: a milestone card with a linked title, markdown, fields, a footer, three
/// buttons, a link button and a select menu; clicks start, finish, undo or open another card.
/// </summary>
internal sealed class FakeStepCommand : ISlashCommand, IComponentHandler
{
    public ApplicationCommand Definition { get; } = Slash("step", "Read a milestone", CommandBuilder.TextOption("milestone", "The milestone", required: true, autocomplete: true));

    public string ComponentName => "step";

    /// <summary>Every click this handler answered, as "action value", to check what local mode sent.</summary>
    public List<string> Clicks { get; } = [];

    public ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(Card(context.Options.Text("milestone") ?? ""));
    }

    public ValueTask<Reply> HandleComponentAsync(ComponentContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var id = context.Values.Count > 0 ? context.Values[0] : context.Id.Argument(0) ?? "";
        Clicks.Add($"{context.Id.Action} {id} by {context.Caller.UserId} on message {context.Interaction.Message?.Id}");
        return ValueTask.FromResult(context.Id.Action switch
        {
            "start" => Reply.Text($"Started `{id}`.", ephemeral: true),
            "done" => new Reply { Content = $"{context.Caller.DisplayName} finished `{id}`.", UpdatesMessage = true, Components = [ActionRow.Of(Button("Undo", "undo", id))] },
            "undo" => new Reply { Content = $"`{id}` is open again.", UpdatesMessage = true },
            "open" => Card(id),
            _ => Reply.Problem("Unknown action."),
        });
    }

    public static Reply Card(string milestone) => Reply.Card(
        new Embed
        {
            Title = milestone == "http-basics" ? "HTTP basics" : milestone,
            Url = $"https://example.org/{milestone}",
            Description = "How clients and servers talk. Read the **MDN** [HTTP overview](https://developer.mozilla.org/docs/Web/HTTP), then try `curl -i **not bold**`.",
            Fields =
            [
                new EmbedField { Name = "Why it matters", Value = "Every API speaks HTTP." },
                new EmbedField { Name = "Checklist", Value = "- Send a request\n- Read a status code" },
            ],
            Footer = new EmbedFooter { Text = "Stage 1 · 4 hours" },
        },
        ephemeral: false,
        ActionRow.Of(
            Button("Start", "start", milestone),
            Button("Done", "done", milestone),
            Button("Skip", "skip", milestone),
            new Button { Style = ButtonStyle.Link, Label = "Docs", Url = "https://example.org/docs" }),
        ActionRow.Of(new StringSelect
        {
            CustomId = CustomId.Create("step", "open"),
            Placeholder = "Open a related milestone",
            Options =
            [
                new SelectOption { Label = "Storing data", Value = "storing-data", Description = "Databases and SQL" },
                new SelectOption { Label = "APIs", Value = "apis" },
            ],
        }));

    private static Button Button(string label, string action, string milestone) =>
        new() { Style = ButtonStyle.Primary, Label = label, CustomId = CustomId.Create("step", action, milestone) };
}
