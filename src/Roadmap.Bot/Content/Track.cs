namespace Roadmap.Bot.Content;

public sealed record Track(string Id, string Title, string Summary, IReadOnlyList<Stage> Stages, SourceLocation Source);
