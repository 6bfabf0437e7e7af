using System.Diagnostics;

namespace Roadmap.Benchmarks.Load;

/// <summary>
/// The bot's own build output, src/Roadmap.Bot/bin/&lt;configuration&gt;/net10.0, in the configuration
/// the benchmarks were built in (they reference the bot, so it is built with them). It runs through
/// the apphost, as a deployment would, or as <c>dotnet Roadmap.Bot.dll</c> when there is none.
/// <c>ROADMAP_LOAD_BOT</c> names another folder, such as a ReadyToRun publish.
/// </summary>
public sealed record BotBuild(string Folder)
{
    public static BotBuild Find()
    {
        if (Environment.GetEnvironmentVariable("ROADMAP_LOAD_BOT") is { Length: > 0 } chosen)
        {
            return new BotBuild(Path.GetFullPath(chosen));
        }

        var benchmarks = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = benchmarks.Parent?.Name ?? "Release";
        var repository = Path.GetDirectoryName(BenchmarkPaths.Content) ?? throw new InvalidOperationException("Cannot find the repository.");
        var folder = Path.Combine(repository, "src", "Roadmap.Bot", "bin", configuration, benchmarks.Name);
        return File.Exists(Path.Combine(folder, "Roadmap.Bot.dll"))
            ? new BotBuild(folder)
            : throw new InvalidOperationException($"No bot build in {folder}: build the benchmarks with -c {configuration} first.");
    }

    public string AppHost => Path.Combine(Folder, "Roadmap.Bot");

    public string Dll => Path.Combine(Folder, "Roadmap.Bot.dll");

    public bool HasAppHost => File.Exists(AppHost);

    public ProcessStartInfo StartInfo() => HasAppHost
        ? new ProcessStartInfo(AppHost) { WorkingDirectory = Folder }
        : new ProcessStartInfo("dotnet", [Dll]) { WorkingDirectory = Folder };

    public override string ToString() => HasAppHost ? AppHost : $"dotnet {Dll}";
}
