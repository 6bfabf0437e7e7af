namespace Roadmap.Bot.Hosting.LocalMode;

/// <summary>One word of a typed command line: a bare word (<see cref="Name"/> is null) or <c>name:value</c>.</summary>
internal sealed record LineToken(string? Name, string Value, string Text)
{
    public bool IsBare => Name is null;
}
