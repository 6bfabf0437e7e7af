using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Hosting.LocalMode;

/// <summary>
/// Writes a reply's file (on Discord, an attachment) into one folder and says where it went. A file
/// of the same name is replaced: a second privacy export should not leave the older copy behind.
/// </summary>
internal sealed class ReplyFileSaver(string folder)
{
    private const string FallbackName = "reply-file";

    public async Task<string> SaveAsync(ReplyFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);

        // Only the last part of the name counts, so a name like "../x" cannot write outside the folder.
        var name = Path.GetFileName(file.FileName) is { Length: > 0 } plain ? plain : FallbackName;
        Directory.CreateDirectory(folder);
        var path = Path.GetFullPath(Path.Combine(folder, name));
        await File.WriteAllBytesAsync(path, file.Content, cancellationToken);
        return path;
    }
}
