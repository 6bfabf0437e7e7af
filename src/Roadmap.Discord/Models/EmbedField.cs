namespace Roadmap.Discord.Models;

public sealed record EmbedField
{
    public string Name { get; init; } = "";

    public string Value { get; init; } = "";

    public bool? Inline { get; init; }
}
