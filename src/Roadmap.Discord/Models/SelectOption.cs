namespace Roadmap.Discord.Models;

public sealed record SelectOption
{
    public string Label { get; init => field = value ?? ""; } = "";

    public string Value { get; init => field = value ?? ""; } = "";

    public string? Description { get; init; }

    public ComponentEmoji? Emoji { get; init; }

    public bool? Default { get; init; }
}
