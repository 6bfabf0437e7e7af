namespace Roadmap.Discord.Models;

public sealed record SelectOption
{
    public string Label { get; init; } = "";

    public string Value { get; init; } = "";

    public string? Description { get; init; }

    public ComponentEmoji? Emoji { get; init; }

    public bool? Default { get; init; }
}
