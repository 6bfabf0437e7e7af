namespace Roadmap.Bot.Content;

/// <summary>One step of the track that a learner starts, finishes or skips.</summary>
internal sealed record Milestone(
    string Id,
    string Title,
    string Summary,
    string Why,
    int Hours,
    IReadOnlyList<string> Prerequisites,
    IReadOnlyList<string> Checklist,
    IReadOnlyList<Resource> Resources,
    bool IsStackSpecific,
    SourceLocation Source)
{
    /// <summary>Milestones whose tools this one's checklist or resources use; each must come before it through prerequisites.</summary>
    public IReadOnlyList<string> Uses { get; init; } = [];

    /// <summary>
    /// What the /roadmap map writes in the milestone's box instead of <see cref="Title"/>, for a title
    /// too long for two lines of it; null when the title fits. Cards, menus and alt text keep the title.
    /// </summary>
    public string? ShortTitle { get; init; }
}
