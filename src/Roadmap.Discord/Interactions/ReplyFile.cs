namespace Roadmap.Discord.Interactions;

/// <summary>A file sent with a reply (multipart upload on Discord, a file on disk in local mode).</summary>
public sealed record ReplyFile(string FileName, ReadOnlyMemory<byte> Content, string? Description = null);
