namespace Roadmap.Bot.Content;

/// <summary>One thing wrong with the content, said so that an author can fix it.</summary>
internal sealed record ContentProblem(SourceLocation Location, string Message, string Hint)
{
    public override string ToString() => $"{Location}: {Message} Hint: {Hint}";
}
