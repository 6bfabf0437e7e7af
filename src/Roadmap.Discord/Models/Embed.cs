namespace Roadmap.Discord.Models;

/// <summary>A rich embed. Discord's limits: title 256, description 4096, 25 fields, 6000 in total.</summary>
public sealed record Embed
{
    public string? Title { get; init; }

    public string? Description { get; init; }

    public string? Url { get; init; }

    /// <summary>An RGB integer, 0 to 0xFFFFFF.</summary>
    public int? Color { get; init; }

    public IReadOnlyList<EmbedField>? Fields { get; init; }

    public EmbedFooter? Footer { get; init; }

    public EmbedAuthor? Author { get; init; }

    public EmbedImage? Image { get; init; }

    public DateTimeOffset? Timestamp { get; init; }
}
