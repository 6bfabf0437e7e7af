using System.Diagnostics;
using System.Globalization;
using Roadmap.Testing;

namespace Roadmap.Benchmarks.Load;

/// <summary>
/// The real bot as its own process, configured through environment variables as the README says, so
/// the CPU time and memory read from /proc are the bot's alone. Its log goes to a file beside the
/// database; reading the pipe keeps the bot from blocking on a full one.
/// </summary>
public sealed class BotProcess : IDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private BotProcess(Process process, StreamWriter log, BotAnswerTimes answerTimes)
    {
        _process = process;
        _log = log;
        AnswerTimes = answerTimes;
    }

    /// <summary>The bot's own answer-time histograms, read from its output as it runs.</summary>
    public BotAnswerTimes AnswerTimes { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Starts the bot against the fake; the caller times from just before this call.</summary>
    public static BotProcess Start(BotBuild build, FakeDiscordServer discord, string databasePath, string logPath)
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(discord);
        var info = build.StartInfo();
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        info.Environment["Discord__Token"] = FakeRest.DefaultToken;
        info.Environment["Discord__ApiBaseUrl"] = discord.ApiBaseUri.ToString();
        info.Environment["Database__Path"] = databasePath;
        info.Environment["Content__Folder"] = BenchmarkPaths.Content;
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in BotAnswerTimes.Environment)
        {
            info.Environment[name] = value;
        }

        // BOT_DOTNET_X=1 in the harness's environment becomes DOTNET_X=1 for the bot alone, to try runtime settings.
        foreach (var (name, value) in Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>().Select(e => ((string)e.Key, e.Value as string)))
        {
            if (name.StartsWith("BOT_DOTNET_", StringComparison.Ordinal))
            {
                info.Environment[name["BOT_".Length..]] = value;
            }
        }

        var log = new StreamWriter(logPath, append: true) { AutoFlush = false };
        var answerTimes = new BotAnswerTimes();
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Write(log, answerTimes, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, answerTimes, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new BotProcess(process, log, answerTimes);
    }

    /// <summary>User plus system CPU time of the bot so far.</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    /// <summary>The bot's peak resident set (VmHWM), in bytes.</summary>
    public long PeakWorkingSet() => ReadStatusKilobytes("VmHWM") * 1024;

    /// <summary>The bot's resident set now (VmRSS), in bytes.</summary>
    public long WorkingSet() => ReadStatusKilobytes("VmRSS") * 1024;

    private long ReadStatusKilobytes(string field)
    {
        foreach (var line in File.ReadLines($"/proc/{Id}/status"))
        {
            if (line.StartsWith(field + ":", StringComparison.Ordinal))
            {
                return long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException($"/proc/{Id}/status has no {field}.");
    }

    private static void Write(StreamWriter log, BotAnswerTimes answerTimes, string? line)
    {
        if (line is null || answerTimes.TryRead(line))
        {
            return;
        }

        lock (log)
        {
            log.WriteLine(line);
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
        lock (_log)
        {
            _log.Dispose();
        }
    }
}
