namespace Roadmap.Bot.Content;

/// <summary>Material for a milestone. <see cref="Stacks"/> is empty for material that suits every stack.</summary>
internal sealed record Resource(
    string Title,
    Uri Url,
    ResourceKind Kind,
    bool IsFree,
    IReadOnlyList<string> Stacks,
    SourceLocation Source)
{
    public bool IsGeneral => Stacks.Count == 0;

    public bool IsFor(string stackId) => Stacks.Contains(stackId, StringComparer.Ordinal);
}
