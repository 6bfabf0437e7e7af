namespace Roadmap.Bot.Content;

/// <summary>The loaded content, or every problem that stops it from loading.</summary>
internal sealed record ContentLoadResult(RoadmapContent? Content, IReadOnlyList<ContentProblem> Problems)
{
    public bool IsValid => Content is not null && Problems.Count == 0;
}
