using System.Text;
using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Text;

/// <summary>Makes text safe and short enough for Discord.</summary>
internal static class DiscordText
{
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
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        return MessageLimits.Cut(text, max);
    }
}
