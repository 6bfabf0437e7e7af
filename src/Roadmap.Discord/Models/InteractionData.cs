namespace Roadmap.Discord.Models;

/// <summary>
/// The data of an interaction: command fields for types 2 and 4, component fields for type 3, the
/// modal's custom id and its rows of filled-in text inputs for type 5.
/// </summary>
public sealed record InteractionData
{
    public ulong? Id { get; init; }

    public string? Name { get; init; }

    /// <summary>The command type for commands (1 chat input, 2 user, 3 message).</summary>
    public int? Type { get; init; }

    public IReadOnlyList<InteractionDataOption>? Options { get; init; }

    public ulong? GuildId { get; init; }

    /// <summary>The user or message a context-menu command targets.</summary>
    public ulong? TargetId { get; init; }

    public string? CustomId { get; init; }

    public ComponentType? ComponentType { get; init; }

    /// <summary>The values picked in a select menu.</summary>
    public IReadOnlyList<string>? Values { get; init; }

    public ResolvedData? Resolved { get; init; }

    /// <summary>A submitted modal's rows, each text input carrying what was typed in its value.</summary>
    public IReadOnlyList<MessageComponent>? Components { get; init; }
}
