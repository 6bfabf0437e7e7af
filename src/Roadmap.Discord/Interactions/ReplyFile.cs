using Roadmap.Discord.Rest;

namespace Roadmap.Discord.Interactions;

/// <summary>
/// A file sent with a reply (multipart upload on Discord, a file on disk in local mode). Its
/// description is the attachment's: what Discord shows as a picture's alt text.
/// </summary>
public sealed record ReplyFile(string FileName, ReadOnlyMemory<byte> Content, string? Description = null)
{
    /// <summary>The media type Discord is told, from the file's extension.</summary>
    public string ContentType => Path.GetExtension(FileName).ToUpperInvariant() switch
    {
        ".PNG" => "image/png",
        ".CSV" => "text/csv",
        ".JSON" => "application/json",
        _ => "application/octet-stream",
    };

    /// <summary>How an embed shows this file as its image.</summary>
    public string AttachmentUrl => $"attachment://{FileName}";

    /// <summary>The file as the REST client uploads it, its description as the attachment's.</summary>
    public DiscordFile ToDiscordFile() => new(FileName, Content, ContentType) { Description = Description };
}
