namespace Roadmap.Bot.Hosting.LocalMode;

/// <summary>The words of a line, or a sentence saying why the line could not be split.</summary>
internal sealed record TokenizeResult(IReadOnlyList<LineToken> Tokens, string? Problem)
{
    public static TokenizeResult Ok(IReadOnlyList<LineToken> tokens) => new(tokens, null);

    public static TokenizeResult Fail(string problem) => new([], problem);
}
