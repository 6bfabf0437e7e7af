using System.Text;
using Roadmap.Bot.Hosting.LocalMode;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Tests.Hosting.LocalMode;

public sealed class ReplyFileSaverTests : IDisposable
{
    private readonly TempFolder _exports = new();

    public void Dispose() => _exports.Dispose();

    private static ReplyFile File(string name, string text) => new(name, Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task SaveAsync_FolderMissing_CreatesItAndReturnsTheFullPath()
    {
        var path = await new ReplyFileSaver(_exports.Path).SaveAsync(File("export.json", "{}"), CancellationToken.None);

        Assert.Equal(Path.Combine(_exports.Path, "export.json"), path);
        Assert.Equal("{}", await System.IO.File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task SaveAsync_NameWithFolders_StaysInTheExportFolder()
    {
        var path = await new ReplyFileSaver(Path.Combine(_exports.Path, "exports")).SaveAsync(File("../../escape.json", "x"), CancellationToken.None);

        Assert.Equal(Path.Combine(_exports.Path, "exports", "escape.json"), path);
    }

    [Fact]
    public async Task SaveAsync_SameNameTwice_KeepsOnlyTheNewest()
    {
        var saver = new ReplyFileSaver(_exports.Path);
        await saver.SaveAsync(File("export.json", "old and longer"), CancellationToken.None);

        var path = await saver.SaveAsync(File("export.json", "new"), CancellationToken.None);

        Assert.Equal("new", await System.IO.File.ReadAllTextAsync(path));
        Assert.Single(Directory.GetFiles(_exports.Path));
    }
}
