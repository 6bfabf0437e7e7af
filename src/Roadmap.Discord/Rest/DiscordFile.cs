namespace Roadmap.Discord.Rest;

/// <summary>A file uploaded with a message, sent as the <c>files[0]</c> part of a multipart body.</summary>
public sealed record DiscordFile(string FileName, ReadOnlyMemory<byte> Content, string ContentType = "application/octet-stream")
{
    public string? Description { get; init; }
}
