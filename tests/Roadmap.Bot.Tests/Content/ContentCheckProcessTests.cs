using Roadmap.Bot.Tests.Fakes;

namespace Roadmap.Bot.Tests.Content;

/// <summary>
/// `content check` as an author runs it: the bot's own process (in CI the NativeAOT binary under
/// ROADMAP_BOT_UNDER_TEST), whose map check measures titles with the native picture library.
/// </summary>
public sealed class ContentCheckProcessTests : IDisposable
{
    private readonly ContentFolderBuilder _content = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("roadmap-check-").FullName;

    [Fact]
    public async Task ContentCheck_RealContent_IsValidAndExits0()
    {
        var (exitCode, output) = await PipedBot.RunAsync(_folder, ["content", "check", RepositoryPaths.Content]);

        Assert.True(exitCode == 0, output);
        Assert.Contains("is valid.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContentCheck_TitleTooWideForItsMapBox_SaysWhereAndExits1()
    {
        // One word wider than the box cannot wrap; it stays within Discord's limits for a title.
        _content.WriteMilestone("third-step", prerequisites: "[second-step]", title: new string('W', 45));

        var (exitCode, output) = await PipedBot.RunAsync(_folder, ["content", "check", _content.Folder]);

        Assert.Equal(1, exitCode);
        Assert.Contains("third-step.yml:2: The title of `third-step` does not fit its box on the /roadmap map", output, StringComparison.Ordinal);
        Assert.Contains("    fix: Add `short_title:`", output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _content.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
