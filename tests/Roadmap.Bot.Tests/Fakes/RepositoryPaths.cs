namespace Roadmap.Bot.Tests.Fakes;

/// <summary>Finds the repository root (the folder holding Roadmap.sln) from the test binaries.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Roadmap.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Roadmap.sln was not found above " + AppContext.BaseDirectory);
    }
}
