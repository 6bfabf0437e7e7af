namespace Roadmap.Testing.OpenApi;

/// <summary>
/// Finds the shared Discord folder (REFERENCE.md, openapi.json, fixtures/). CI clones the repo with
/// shared/ beside it, and the worktrees have /work/shared beside them, so the search walks up from
/// the test binaries to the first folder holding shared/discord. ROADMAP_SHARED_DIR overrides it.
/// </summary>
public static class DiscordSharedFiles
{
    private static readonly Lazy<string> Root = new(Locate);

    /// <summary>The absolute path of the shared/discord folder.</summary>
    public static string DiscordFolder => Root.Value;

    public static string OpenApiPath => Path.Combine(DiscordFolder, "openapi.json");

    public static string FixturesFolder => Path.Combine(DiscordFolder, "fixtures");

    public static string Fixture(string relativePath) => Path.Combine(FixturesFolder, relativePath);

    private static string Locate()
    {
        var overridden = Environment.GetEnvironmentVariable("ROADMAP_SHARED_DIR");
        if (!string.IsNullOrEmpty(overridden) && Directory.Exists(Path.Combine(overridden, "discord")))
        {
            return Path.GetFullPath(Path.Combine(overridden, "discord"));
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "discord");
            if (File.Exists(Path.Combine(candidate, "openapi.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            $"No shared/discord folder above {AppContext.BaseDirectory}. Clone the shared folder beside the repo or set ROADMAP_SHARED_DIR.");
    }
}
