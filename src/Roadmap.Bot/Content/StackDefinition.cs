namespace Roadmap.Bot.Content;

/// <summary>A language a learner can follow the track in, with its main server frameworks.</summary>
internal sealed record StackDefinition(string Id, string Language, IReadOnlyList<string> Frameworks, SourceLocation Source);
