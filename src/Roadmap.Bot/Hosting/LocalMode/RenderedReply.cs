namespace Roadmap.Bot.Hosting.LocalMode;

/// <summary>A reply as terminal text, and the numbered actions its components became (numbered from 1).</summary>
internal sealed record RenderedReply(string Text, IReadOnlyList<LocalAction> Actions);
