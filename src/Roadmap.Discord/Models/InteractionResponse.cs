namespace Roadmap.Discord.Models;

/// <summary>The body of POST /interactions/{id}/{token}/callback.</summary>
public sealed record InteractionResponse
{
    public InteractionCallbackType Type { get; init; }

    public InteractionResponseData? Data { get; init; }

    public static InteractionResponse Pong() => new() { Type = InteractionCallbackType.Pong };

    /// <summary>A reply shown under the command (type 4).</summary>
    public static InteractionResponse Reply(InteractionResponseData data) =>
        new() { Type = InteractionCallbackType.ChannelMessageWithSource, Data = data };

    /// <summary>"Thinking…" now, the reply later by editing @original (type 5).</summary>
    public static InteractionResponse Defer(bool ephemeral) => new()
    {
        Type = InteractionCallbackType.DeferredChannelMessageWithSource,
        Data = ephemeral ? new InteractionResponseData { Flags = MessageFlags.Ephemeral, AllowedMentions = null } : null,
    };

    /// <summary>Acknowledges a component without a loading state (type 6).</summary>
    public static InteractionResponse DeferUpdate() => new() { Type = InteractionCallbackType.DeferredUpdateMessage };

    /// <summary>Edits the message the component sits on (type 7).</summary>
    public static InteractionResponse Update(InteractionResponseData data) =>
        new() { Type = InteractionCallbackType.UpdateMessage, Data = data };

    public static InteractionResponse Autocomplete(IReadOnlyList<ApplicationCommandOptionChoice> choices) => new()
    {
        Type = InteractionCallbackType.ApplicationCommandAutocompleteResult,
        Data = new InteractionResponseData { Choices = choices, AllowedMentions = null },
    };

    /// <summary>Opens a form over the chat (type 9); not allowed in answer to a modal submission or a ping.</summary>
    public static InteractionResponse OpenModal(Modal modal)
    {
        ArgumentNullException.ThrowIfNull(modal);
        return new()
        {
            Type = InteractionCallbackType.Modal,
            Data = new InteractionResponseData { CustomId = modal.CustomId, Title = modal.Title, Components = modal.Components, AllowedMentions = null },
        };
    }
}
