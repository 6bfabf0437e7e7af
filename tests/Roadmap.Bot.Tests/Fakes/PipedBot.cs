using System.Diagnostics;

namespace Roadmap.Bot.Tests.Fakes;

/// <summary>
/// The bot as its own process in local mode, used the way the README pipes it: started in a folder
/// on a database there, with arguments, the given lines typed into it, its input closed, and its exit
/// waited for.
/// </summary>
internal static class PipedBot
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <returns>The exit code, and standard output followed by standard error.</returns>
    public static async Task<(int ExitCode, string Output)> RunAsync(string folder, string[] args, params string[] lines)
    {
        var info = BotUnderTest.StartInfo(folder);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["Database__Path"] = Path.Combine(folder, "data", "roadmap.db");
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
