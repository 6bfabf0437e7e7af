using SkiaSharp;

namespace Roadmap.Bot.Pictures;

/// <summary>Text inside a box: wrapped on spaces to a number of lines, the last one shortened with "…".</summary>
internal static class PictureText
{
    public static IReadOnlyList<string> Wrap(string text, SKFont font, float width, int maxLines)
    {
        var lines = Break(text, font, width);
        if (lines.Count > maxLines)
        {
            lines = [.. lines.Take(maxLines - 1), string.Join(' ', lines.Skip(maxLines - 1))];
        }

        return lines.Select(l => Shorten(l, font, width)).ToList();
    }

    /// <summary>Whether <see cref="Wrap"/> shows all of <paramref name="text"/>, with nothing cut off by "…".</summary>
    public static bool Fits(string text, SKFont font, float width, int maxLines)
    {
        var lines = Break(text, font, width);
        return lines.Count <= maxLines && lines.All(l => font.MeasureText(l) <= width);
    }

    /// <summary>The longest start of <paramref name="text"/> that fits with "…" after it.</summary>
    public static string Shorten(string text, SKFont font, float width)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(font);
        if (font.MeasureText(text) <= width)
        {
            return text;
        }

        for (var length = text.Length - 1; length > 0; length--)
        {
            var shorter = $"{text[..length].TrimEnd(' ', ',')}…";
            if (font.MeasureText(shorter) <= width)
            {
                return shorter;
            }
        }

        return "…";
    }

    /// <summary>The text broken on spaces into lines of at most <paramref name="width"/>; a single word wider than that stays whole.</summary>
    private static List<string> Break(string text, SKFont font, float width)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(font);
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : $"{current} {word}";
            if (current.Length > 0 && font.MeasureText(candidate) > width)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }

        if (current.Length > 0)
        {
            lines.Add(current);
        }

        return lines;
    }
}
