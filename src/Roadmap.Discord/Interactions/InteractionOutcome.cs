using Roadmap.Discord.Models;

namespace Roadmap.Discord.Interactions;

/// <summary>What the router decided: a reply, autocomplete choices, or a pong. It becomes Discord's callback.</summary>
public sealed record InteractionOutcome(Reply? Reply, IReadOnlyList<ApplicationCommandOptionChoice>? Choices)
{
    public static InteractionOutcome Pong { get; } = new(null, null);

    public bool IsPong => Reply is null && Choices is null;

    public InteractionResponse ToResponse() => this switch
    {
        { Reply: { } reply } => reply.ToResponse(),
        { Choices: { } choices } => InteractionResponse.Autocomplete(choices),
        _ => InteractionResponse.Pong(),
    };
}
