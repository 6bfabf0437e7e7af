namespace Roadmap.Bot.Persistence;

/// <summary>The "Database" configuration section.</summary>
internal sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>The SQLite file, relative to the working directory unless rooted. Its folder is created.</summary>
    public string Path { get; set; } = "data/roadmap.db";

    /// <summary>How long a connection waits for another writer before SQLite reports the file busy.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
