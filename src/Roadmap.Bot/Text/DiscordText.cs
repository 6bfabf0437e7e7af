using System.Text;

namespace Roadmap.Bot.Text;

/// <summary>Makes text safe and short enough for Discord.</summary>
public static class DiscordText
{
    private const string Ellipsis = "…";

    /// <summary>
    /// Escapes text that came from a user (notes, names) so it cannot format, mention or spoof:
    /// markdown characters are backslash-escaped and @ and # are kept from forming mentions.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\' or '*' or '_' or '~' or '`' or '|' or '>' or '[' or ']' or '#':
                    builder.Append('\\').Append(c);
                    break;
                case '@':
                    builder.Append("@\u200B");
                    break;
                case '<':
                    builder.Append("\\<");
                    break;
                case '\r' or '\n':
                    builder.Append(' ');
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Cuts text to at most <paramref name="max"/> characters, ending with an ellipsis when cut.</summary>
    public static string Truncate(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - Ellipsis.Length;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut), Ellipsis);
    }
}
