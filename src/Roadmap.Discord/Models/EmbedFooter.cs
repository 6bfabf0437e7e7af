namespace Roadmap.Discord.Models;

public sealed record EmbedFooter
{
    public string? Text { get; init; }

    public string? IconUrl { get; init; }
}
