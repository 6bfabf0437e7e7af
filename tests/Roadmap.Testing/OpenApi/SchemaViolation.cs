namespace Roadmap.Testing.OpenApi;

/// <summary>One place where a document breaks its schema: a path like <c>$[0].options[1].name</c> and why.</summary>
public sealed record SchemaViolation(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
