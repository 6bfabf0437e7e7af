namespace Roadmap.Bot.Tests.Fakes;

/// <summary>
/// Writes a small, valid content folder to a temporary directory; a test then breaks one file to see
/// the problem it causes.
/// </summary>
internal sealed class ContentFolderBuilder : IDisposable
{
    public ContentFolderBuilder()
    {
        Folder = Path.Combine(Path.GetTempPath(), "roadmap-content-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Folder, "tracks", "backend", "milestones"));
        Directory.CreateDirectory(Path.Combine(Folder, "projects"));
        Write("stacks.yml", """
            stacks:
              - id: python
                language: Python
                frameworks: [Django]
              - id: go
                language: Go
                frameworks: [Gin]
            """);
        Write("tracks/backend/track.yml", """
            id: backend
            title: Backend Developer
            summary: A small track for tests.
            stages:
              - id: basics
                title: Basics
                milestones: [first-step, second-step]
              - id: later
                title: Later
                milestones: [third-step]
            """);
        WriteMilestone("first-step", prerequisites: "[]");
        WriteMilestone("second-step", prerequisites: "[first-step]");
        WriteMilestone("third-step", prerequisites: "[second-step]");
        Write("projects/todo-api.yml", """
            id: todo-api
            title: To-do API
            level: beginner
            summary: A small API that keeps a to-do list.
            milestones: [first-step, second-step]
            requirements:
              - Create, list and delete items
            stretch:
              - Add due dates
            hours: 8
            """);
    }

    public string Folder { get; }

    public string PathOf(string relativePath) => Path.Combine(Folder, relativePath);

    public void Write(string relativePath, string yaml) => File.WriteAllText(PathOf(relativePath), yaml.ReplaceLineEndings("\n") + "\n");

    /// <summary>
    /// Writes one milestone of 4 hours; <paramref name="uses"/> adds a `uses:` line right after the
    /// prerequisites (line 7), <paramref name="shortTitle"/> a `short_title:` line at the end (line 24 without `uses`).
    /// </summary>
    public void WriteMilestone(string id, string prerequisites = "[]", string? title = null, string url = "https://example.org/docs", string? fileName = null, string? uses = null, string? shortTitle = null) =>
        Write($"tracks/backend/milestones/{fileName ?? id}.yml", $"""
            id: {id}
            title: {title ?? "Step " + id}
            summary: What {id} is about.
            why: Why {id} matters.
            hours: 4
            prerequisites: {prerequisites}{(uses is null ? "" : "\nuses: " + uses)}
            checklist:
              - Do the first thing
              - Do the second thing
              - Do the third thing
            resources:
              - title: Official guide
                url: {url}
                kind: official
                free: true
              - title: An article
                url: https://example.org/article
                kind: article
                free: true
              - title: A book
                url: https://example.org/book
                kind: book
                free: false{(shortTitle is null ? "" : "\nshort_title: " + shortTitle)}
            """);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
