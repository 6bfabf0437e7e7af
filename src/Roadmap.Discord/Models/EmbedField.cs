namespace Roadmap.Discord.Models;

public sealed record EmbedField
{
    public string Name { get; init => field = value ?? ""; } = "";

    public string Value { get; init => field = value ?? ""; } = "";

    public bool? Inline { get; init; }
}
