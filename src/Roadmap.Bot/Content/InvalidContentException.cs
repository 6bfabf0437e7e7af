namespace Roadmap.Bot.Content;

/// <summary>The bot will not start on content that fails `content check`; the message lists the first problems.</summary>
internal sealed class InvalidContentException(string folder, IReadOnlyList<ContentProblem> problems)
    : Exception($"The roadmap content in {folder} has {problems.Count} problem(s); run `dotnet run --project src/Roadmap.Bot -- content check` to see them all. First: {string.Join(" | ", problems.Take(3))}")
{
    public IReadOnlyList<ContentProblem> Problems => problems;
}
