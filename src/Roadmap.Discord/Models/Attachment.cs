namespace Roadmap.Discord.Models;

/// <summary>
/// An attachment: the metadata Discord returns, or the metadata the bot sends for an upload
/// (id = index of the file part, filename, description).
/// </summary>
public sealed record Attachment
{
    public ulong Id { get; init; }

    public string Filename { get; init => field = value ?? ""; } = "";

    public string? Description { get; init; }

    public string? ContentType { get; init; }

    public long? Size { get; init; }

    public string? Url { get; init; }
}
