using Roadmap.Bot.Tests.Fakes;

namespace Roadmap.Bot.Tests.Hosting;

/// <summary>
/// Local mode as the README shows it: the bot as its own process, with no token, commands piped to
/// its standard input, the real composition and a real database file. Nothing is faked.
/// </summary>
public sealed class LocalModeProcessTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("roadmap-local-").FullName;

    [Fact]
    public async Task PipedCommands_NextDoneProgress_AreAnsweredAndExit0()
    {
        var (exitCode, output) = await RunAsync("/next", "/done milestone:http-basics", "/progress");

        Assert.Equal(0, exitCode);
        Assert.Contains("Roadmap Coach, local mode.", output, StringComparison.Ordinal);
        Assert.Contains("Next: ", output, StringComparison.Ordinal);
        Assert.Matches(@"✅ Marked .+ as done\.", output);
        Assert.Contains("1 done · 0 skipped · 0 in progress", output, StringComparison.Ordinal);
        Assert.EndsWith("Bye.", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecondRun_OnTheSameDatabase_ProgressShowsTheCompletion()
    {
        var (firstExit, _) = await RunAsync("/done milestone:http-basics");

        var (secondExit, output) = await RunAsync("/progress");

        Assert.Equal(0, firstExit);
        Assert.Equal(0, secondExit);
        Assert.Contains("1 done · 0 skipped · 0 in progress", output, StringComparison.Ordinal);
        Assert.Contains("Recently finished", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadLines_UnknownCommandAndMissingOption_GetClearAnswersChangeNothingAndExit0()
    {
        var (exitCode, output) = await RunAsync("/frobnicate", "/done", "/progress");

        Assert.Equal(0, exitCode);
        Assert.Contains("I don't know `/frobnicate`. Type `/help` to see every command.", output, StringComparison.Ordinal);
        Assert.Contains("`/done` needs `milestone`", output, StringComparison.Ordinal);
        Assert.Contains("0 done · 0 skipped · 0 in progress", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Local mode with no token: the content is the one shipped beside the bot, as it is for a user.</summary>
    private Task<(int ExitCode, string Output)> RunAsync(params string[] lines) => PipedBot.RunAsync(_folder, [], lines);
}
