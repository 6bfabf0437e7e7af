namespace Roadmap.Testing.OpenApi;

/// <summary>
/// Discord's OpenAPI spec and example payloads, shipped in this repository under
/// <c>tests/Roadmap.Testing/Discord</c> (see the README there) and copied beside every test assembly.
/// </summary>
public static class DiscordTestData
{
    /// <summary>The absolute path of the copied <c>Discord</c> folder in the test output.</summary>
    public static string Folder { get; } = Locate();

    public static string OpenApiPath => Path.Combine(Folder, "openapi", "openapi.json");

    public static string FixturesFolder => Path.Combine(Folder, "fixtures");

    public static string Fixture(string relativePath) => Path.Combine(FixturesFolder, relativePath);

    private static string Locate()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Discord");
        return File.Exists(Path.Combine(folder, "openapi", "openapi.json"))
            ? folder
            : throw new DirectoryNotFoundException(
                $"Discord's test data is missing from {folder}. It is copied there by the build from tests/Roadmap.Testing/Discord; rebuild the test project.");
    }
}
