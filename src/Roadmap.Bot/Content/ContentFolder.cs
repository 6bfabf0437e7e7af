namespace Roadmap.Bot.Content;

/// <summary>Finds the content folder: the configured one, else content/ in the working directory, else beside the app.</summary>
internal static class ContentFolder
{
    public static string Resolve(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        var inWorkingDirectory = Path.GetFullPath("content");
        if (Directory.Exists(inWorkingDirectory))
        {
            return inWorkingDirectory;
        }

        return Path.Combine(AppContext.BaseDirectory, "content");
    }
}
