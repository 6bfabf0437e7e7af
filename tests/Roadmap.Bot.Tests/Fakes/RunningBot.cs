using System.Diagnostics;

namespace Roadmap.Bot.Tests.Fakes;

/// <summary>
/// The bot as its own process (<see cref="BotUnderTest"/>), with everything it writes to standard
/// output and standard error kept as lines, in the order they arrived.
/// </summary>
internal sealed class RunningBot : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];

    private RunningBot(Process process) => _process = process;

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    public bool HasExited => _process.HasExited;

    /// <param name="workingFolder">The folder the bot runs in.</param>
    /// <param name="settings">Environment variables, the way an operator configures it.</param>
    /// <param name="keepInputOpen">
    /// Keeps standard input open, so a bot in local mode keeps chatting (it ends at the end of its
    /// input) until <see cref="CloseInput"/>; otherwise it is closed at once.
    /// </param>
    public static RunningBot Start(string workingFolder, IReadOnlyDictionary<string, string> settings, bool keepInputOpen = false)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var info = BotUnderTest.StartInfo(workingFolder);
        foreach (var (key, value) in settings)
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info };
        var bot = new RunningBot(process);
        process.OutputDataReceived += (_, e) => bot.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Keep(e.Data);
        process.Start();
        if (!keepInputOpen)
        {
            process.StandardInput.Close();
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>Waits for a line containing <paramref name="text"/>; fails with everything said so far.</summary>
    public async Task WaitForLineAsync(string text, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (!Lines.Any(l => l.Contains(text, StringComparison.Ordinal)))
        {
            if (DateTime.UtcNow > until || HasExited)
            {
                throw new TimeoutException($"The bot ({BotUnderTest.Description}) wrote no line containing '{text}'. It wrote:\n{string.Join('\n', Lines)}");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Types <paramref name="line"/> into the bot, as a person would at its prompt.</summary>
    public async Task TypeAsync(string line)
    {
        await _process.StandardInput.WriteLineAsync(line);
        await _process.StandardInput.FlushAsync();
    }

    /// <summary>Ends the bot's input: a bot in local mode says goodbye and exits.</summary>
    public void CloseInput() => _process.StandardInput.Close();

    /// <summary>Waits for the bot to exit by itself and returns its exit code, with every line it wrote kept.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The bot ({BotUnderTest.Description}) did not exit within {timeout}. It wrote:\n{string.Join('\n', Lines)}");
        }

        return _process.ExitCode;
    }

    /// <summary>Asks the bot to stop as a container runtime or systemd would (SIGTERM) and waits for its exit code.</summary>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var wait = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(wait.Token);
        return _process.ExitCode;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lines)
        {
            _lines.Add(line);
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}
