using Roadmap.Discord.Models;

namespace Roadmap.Discord.Tests.OpenApi;

/// <summary>Replies shaped like the bot's: an embed card, buttons, a select menu, ephemeral flags.</summary>
internal static class SampleResponses
{
    public static MessageBody Body { get; } = new()
    {
        Content = "Your next milestone",
        Embeds = [Card],
        Components = Rows,
    };

    private static Embed Card => new()
    {
        Title = "HTTP basics",
        Description = "Methods, status codes, headers.",
        Url = "https://developer.mozilla.org/en-US/docs/Web/HTTP",
        Color = 0x5865F2,
        Fields = [new() { Name = "Why", Value = "Everything else builds on it.", Inline = false }],
        Footer = new() { Text = "3 of 42 done" },
        Author = new() { Name = "Roadmap Coach" },
        Timestamp = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero),
    };

    private static IReadOnlyList<MessageComponent> Rows =>
    [
        ActionRow.Of(
            new Button { Style = ButtonStyle.Success, Label = "Done", CustomId = "step:done:http-basics" },
            new Button { Style = ButtonStyle.Link, Label = "Docs", Url = "https://developer.mozilla.org/" },
            new Button { Style = ButtonStyle.Secondary, Label = "Skip", CustomId = "step:skip:http-basics", Disabled = true, Emoji = new() { Name = "\u23ED" } }),
        ActionRow.Of(new StringSelect
        {
            CustomId = "roadmap:stage",
            Placeholder = "Open a stage",
            MinValues = 1,
            MaxValues = 1,
            Options = [new() { Label = "Foundations", Value = "foundations", Description = "Start here" }, new() { Label = "APIs", Value = "apis" }],
        }),
    ];

    public static InteractionResponse Of(string kind) => kind switch
    {
        "reply" => InteractionResponse.Reply(new() { Content = "Done!", Embeds = [Card], Components = Rows, Flags = MessageFlags.Ephemeral }),
        "defer" => InteractionResponse.Defer(ephemeral: true),
        "autocomplete" => InteractionResponse.Autocomplete([ApplicationCommandOptionChoice.FromString("HTTP basics", "http-basics")]),
        "update" => InteractionResponse.Update(new() { Content = "Marked done", Components = [] }),
        "defer-update" => InteractionResponse.DeferUpdate(),
        "pong" => InteractionResponse.Pong(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown sample response."),
    };
}
