using System.Diagnostics;
using Roadmap.Bot.Tests.Fakes;

namespace Roadmap.Bot.Tests.Hosting;

/// <summary>
/// Local mode as the README shows it: the bot as its own process, with no token, commands piped to
/// its standard input, the real composition and a real database file. Nothing is faked.
/// </summary>
public sealed class LocalModeProcessTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

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

    /// <summary>
    /// Starts the bot in the test's folder with no Discord token (local mode), types
    /// <paramref name="lines"/> into it, closes its input as a pipe would, and waits for it to leave.
    /// The content is the one shipped beside the bot, as it is for a user.
    /// </summary>
    private async Task<(int ExitCode, string Output)> RunAsync(params string[] lines)
    {
        var info = BotUnderTest.StartInfo(_folder);
        info.Environment["Database__Path"] = Path.Combine(_folder, "data", "roadmap.db");
        using var process = Process.Start(info) ?? throw new InvalidOperationException("The bot did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        foreach (var line in lines)
        {
            await process.StandardInput.WriteLineAsync(line);
        }

        process.StandardInput.Close();
        using var wait = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The bot ({BotUnderTest.Description}) was still running {Timeout} after its input closed.");
        }

        return (process.ExitCode, await output + await error);
    }
}
