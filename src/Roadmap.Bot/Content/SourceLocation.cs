namespace Roadmap.Bot.Content;

/// <summary>
/// Where a piece of content was written: a path relative to the content folder and a 1-based line,
/// plus the lines of its fields so that a problem can point at the exact field.
/// </summary>
internal sealed record SourceLocation(string File, int Line)
{
    public IReadOnlyDictionary<string, int> FieldLines { get; init; } = new Dictionary<string, int>();

    /// <summary>The location of one field, or of the whole item when the field was not written.</summary>
    public SourceLocation At(string field) =>
        FieldLines.TryGetValue(field, out var line) ? new SourceLocation(File, line) : this;

    /// <summary>Two locations are the same place when file and line agree; the field lines are detail.</summary>
    public bool Equals(SourceLocation? other) => other is not null && File == other.File && Line == other.Line;

    public override int GetHashCode() => HashCode.Combine(File, Line);

    public override string ToString() => $"{File}:{Line}";
}
