using System.Text.Json;

namespace Roadmap.Discord.Models;

/// <summary>
/// One option a user filled in. <see cref="Value"/> and <see cref="Options"/> are mutually
/// exclusive: subcommands and groups nest through <see cref="Options"/>.
/// </summary>
public sealed record InteractionDataOption
{
    public string Name { get; init => field = value ?? ""; } = "";

    public ApplicationCommandOptionType Type { get; init; }

    /// <summary>A string, integer, number or boolean, or a snowflake string for entity options.</summary>
    public JsonElement? Value { get; init; }

    /// <summary>True on the option being typed during autocomplete.</summary>
    public bool? Focused { get; init; }

    public IReadOnlyList<InteractionDataOption>? Options { get; init; }
}
