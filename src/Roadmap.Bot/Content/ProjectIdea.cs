namespace Roadmap.Bot.Content;

/// <summary>Something to build that practises a set of milestones.</summary>
internal sealed record ProjectIdea(
    string Id,
    string Title,
    ProjectLevel Level,
    string Summary,
    IReadOnlyList<string> MilestoneIds,
    IReadOnlyList<string> Requirements,
    IReadOnlyList<string> Stretch,
    int Hours,
    SourceLocation Source);
