namespace Roadmap.Bot.Content;

/// <summary>A group of milestones; stage membership and order live only in track.yml.</summary>
internal sealed record Stage(string Id, string Title, IReadOnlyList<string> MilestoneIds, SourceLocation Source);
