using System.Text;

namespace Roadmap.Bot.Hosting.LocalMode;

/// <summary>
/// Splits a typed line into words the way Discord's command box separates options: whitespace
/// between words, <c>name:value</c> at the first colon outside quotes, and double quotes around a
/// value with spaces (<c>\"</c> and <c>\\</c> inside them stand for a quote and a backslash).
/// </summary>
internal static class LineTokenizer
{
    public static TokenizeResult Tokenize(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var tokens = new List<LineToken>();
        var position = 0;
        while (true)
        {
            while (position < line.Length && char.IsWhiteSpace(line[position]))
            {
                position++;
            }

            if (position == line.Length)
            {
                return TokenizeResult.Ok(tokens);
            }

            var start = position;
            if (!TryReadToken(line, ref position, out var token))
            {
                return TokenizeResult.Fail($"The double quote in `{line[start..]}` is never closed. End the value with another `\"`, and write a quote inside it as `\\\"`.");
            }

            tokens.Add(token);
        }
    }

    private static bool TryReadToken(string line, ref int position, out LineToken token)
    {
        var start = position;
        var value = new StringBuilder();
        string? name = null;
        var quoted = false;
        var sawQuote = false;
        for (; position < line.Length && (quoted || !char.IsWhiteSpace(line[position])); position++)
        {
            var c = line[position];
            if (quoted && c == '\\' && position + 1 < line.Length && line[position + 1] is '"' or '\\')
            {
                value.Append(line[++position]);
            }
            else if (c == '"')
            {
                quoted = !quoted;
                sawQuote = true;
            }
            else if (c == ':' && !quoted && !sawQuote && name is null)
            {
                name = value.ToString();
                value.Clear();
            }
            else
            {
                value.Append(c);
            }
        }

        token = new LineToken(name, value.ToString(), line[start..position]);
        return !quoted;
    }
}
