using System.Diagnostics;
using Roadmap.Bot.Tests.Fakes;

namespace Roadmap.Bot.Tests.Hosting;

/// <summary>
/// The bot as its own process, started as the README says, with one thing wrong: it says what to fix
/// in one line on standard error and exits 1, with no stack trace, on Discord and in local mode.
/// </summary>
public sealed class StartupProblemTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("roadmap-startup-").FullName;

    /// <summary>What the last run wrote to standard output (its log).</summary>
    private string LastOutput { get; set; } = "";

    [Fact]
    public async Task OnDiscord_MissingContentFolder_SaysSoAndExits1()
    {
        var (exitCode, error) = await RunBotAsync(new()
        {
            ["Discord__Token"] = "not-a-real-token",
            ["Discord__ApiBaseUrl"] = "http://127.0.0.1:9/api/v10",
            ["Content__Folder"] = Path.Combine(_folder, "no-such-content"),
        });

        Assert.Equal(1, exitCode);
        Assert.StartsWith("Roadmap Coach could not start: The roadmap content in ", error.Trim(), StringComparison.Ordinal);
        Assert.Contains("The content folder does not exist.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        // The gateway starts connecting while the roadmap loads; nothing that needs the roadmap (the
        // scheduler, the answering side) logs a failure of its own.
        Assert.DoesNotContain("fail:", LastOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("crit:", LastOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnDiscord_DatabaseThatCannotBeCreated_NamesThePathAndExits1()
    {
        var blocker = Path.Combine(_folder, "a-file");
        await File.WriteAllTextAsync(blocker, "not a folder");

        var (exitCode, error) = await RunBotAsync(new()
        {
            ["Discord__Token"] = "not-a-real-token",
            ["Discord__ApiBaseUrl"] = "http://127.0.0.1:9/api/v10",
            ["Database__Path"] = Path.Combine(blocker, "roadmap.db"),
        });

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"Roadmap Coach could not open its database ({Path.Combine(blocker, "roadmap.db")}):", error.Trim(), StringComparison.Ordinal);
        Assert.EndsWith("Check Database:Path and that its folder is writable.", error.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnDiscord_RelativeApiBaseUrl_NamesTheKeyAndExits1()
    {
        var (exitCode, error) = await RunBotAsync(new()
        {
            ["Discord__Token"] = "not-a-real-token",
            ["Discord__ApiBaseUrl"] = "discord.com/api",
        });

        Assert.Equal(1, exitCode);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains("Discord:ApiBaseUrl", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InLocalMode_MissingContentFolder_SaysSoAndExits1()
    {
        var (exitCode, error) = await RunBotAsync(new() { ["Content__Folder"] = Path.Combine(_folder, "no-such-content") });

        Assert.Equal(1, exitCode);
        Assert.StartsWith("Roadmap Coach could not start: The roadmap content in ", error.Trim(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<(int ExitCode, string Error)> RunBotAsync(Dictionary<string, string> settings)
    {
        var info = BotUnderTest.StartInfo(_folder);
        info.Environment["Database__Path"] = Path.Combine(_folder, "roadmap.db");
        info.Environment["Content__Folder"] = RepositoryPaths.Content;
        foreach (var (key, value) in settings)
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The bot did not exit within 30 s. Output:\n{await output}\n{await error}");
        }

        LastOutput = await output;
        return (process.ExitCode, await error);
    }
}
