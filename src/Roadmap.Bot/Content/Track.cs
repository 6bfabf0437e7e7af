namespace Roadmap.Bot.Content;

internal sealed record Track(string Id, string Title, string Summary, IReadOnlyList<Stage> Stages, SourceLocation Source);
