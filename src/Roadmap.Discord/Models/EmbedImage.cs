namespace Roadmap.Discord.Models;

/// <summary>An embed's large image; <c>attachment://name.png</c> shows a file uploaded with the message.</summary>
public sealed record EmbedImage
{
    public string? Url { get; init; }
}
