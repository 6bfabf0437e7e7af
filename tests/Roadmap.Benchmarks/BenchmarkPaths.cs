using Roadmap.Bot.Persistence;
using Roadmap.Benchmarks.Data;

namespace Roadmap.Benchmarks;

/// <summary>
/// Where the benchmarks find the roadmap content and keep the generated database. Both are found
/// from the binaries, so the BenchmarkDotNet child processes (built in their own folders under
/// bin/) use the same content and the same cached file as the process that started them.
/// </summary>
public static class BenchmarkPaths
{
    /// <summary>The repository's content/ folder, or null to let the bot look beside itself.</summary>
    public static string? Content { get; } = FindContent();

    /// <summary>
    /// The cached database. The name carries the schema version and the generator version, so a new
    /// migration or a change to the generator makes a new file instead of reusing a stale one.
    /// </summary>
    public static string Database { get; } = Path.Combine(
        Path.GetTempPath(),
        "roadmap-benchmarks",
        $"roadmap-schema{Migration.Embedded[^1].Version}-gen{DatasetShape.GeneratorVersion}-{DatasetShape.MemberCount}m-{DatasetShape.ProgressRowCount}p.db");

    private static string? FindContent()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Roadmap.sln")))
            {
                return Path.Combine(folder.FullName, "content");
            }
        }

        return null;
    }
}
