using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Roadmap.Bot.Content;

/// <summary>
/// Remembers how far parsing got, because YamlDotNet reports some malformed input with an
/// exception that carries no position; the last line reached is then the best place to point at.
/// </summary>
internal sealed class LineTrackingParser(IParser inner) : IParser
{
    public int LastLine { get; private set; } = 1;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        var moved = inner.MoveNext();
        if (inner.Current is { } current)
        {
            LastLine = (int)Math.Max(LastLine, current.End.Line);
        }

        return moved;
    }
}
