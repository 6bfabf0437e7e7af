using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Roadmap.Bot.Content;

/// <summary>
/// Reads fields out of one YAML file and turns every mistake into a <see cref="ContentProblem"/>
/// with the file and line, so an author sees all of them at once instead of a stack trace.
/// </summary>
internal sealed class YamlFields(string file, List<ContentProblem> problems)
{
    public string File => file;

    public YamlMappingNode? LoadRoot(string text)
    {
        var parser = new LineTrackingParser(new Parser(new StringReader(text)));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                Report(1, "The file is empty or is not a set of `key: value` fields.", "Start the file with `id: ...` as the other files do.");
                return null;
            }

            return root;
        }
        catch (YamlException ex)
        {
            var line = (int)Math.Max(1, ex.Start.Line);
            Report(line, $"This is not valid YAML: {FirstSentence(ex.Message)}", "Check the indentation and quote any text that contains `: ` or starts with a special character.");
            return null;
        }
        catch (InvalidOperationException)
        {
            Report(parser.LastLine, "This is not valid YAML: the parser stopped here.", "Look for an unclosed bracket or quote on this line or the next, and quote text that contains `: `.");
            return null;
        }
    }

    public SourceLocation Locate(YamlNode node)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        if (node is YamlMappingNode map)
        {
            foreach (var (key, _) in map.Children)
            {
                if (key is YamlScalarNode { Value: { } name })
                {
                    lines[name] = LineOf(key);
                }
            }
        }

        return new SourceLocation(file, LineOf(node)) { FieldLines = lines };
    }

    public void ExpectOnly(YamlMappingNode map, params string[] known)
    {
        foreach (var (key, _) in map.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                Report(LineOf(key), $"Unknown field `{name}`.", $"The fields here are: {string.Join(", ", known)}.");
            }
        }
    }

    public string Text(YamlMappingNode map, string key)
    {
        if (Find(map, key) is not { } node)
        {
            Report(LineOf(map), $"The field `{key}` is missing.", $"Add `{key}: ...`.");
            return "";
        }

        if (node is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
        {
            return value.Trim();
        }

        Report(LineOf(node), $"`{key}` must be a piece of text.", $"Write `{key}: some text` on one line, or `{key}: >-` followed by indented lines.");
        return "";
    }

    /// <summary>A piece of text that may be left out (null then); when written, it must not be empty.</summary>
    public string? OptionalText(YamlMappingNode map, string key) =>
        Find(map, key) is not null && Text(map, key) is { Length: > 0 } text ? text : null;

    public int Integer(YamlMappingNode map, string key)
    {
        var text = Text(map, key);
        if (text.Length == 0)
        {
            return 0;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Report(LineOf(Find(map, key) ?? map), $"`{key}` must be a whole number, not `{text}`.", $"Write `{key}: 6`.");
        return 0;
    }

    public bool Flag(YamlMappingNode map, string key, bool? whenMissing)
    {
        if (Find(map, key) is not YamlScalarNode { Value: { } text } node)
        {
            if (whenMissing is null)
            {
                Report(LineOf(map), $"The field `{key}` is missing.", $"Add `{key}: true` or `{key}: false`.");
            }

            return whenMissing ?? false;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        Report(LineOf(node), $"`{key}` must be true or false, not `{text}`.", $"Write `{key}: true` or `{key}: false`.");
        return whenMissing ?? false;
    }

    public IReadOnlyList<string> TextList(YamlMappingNode map, string key, bool required)
    {
        if (Find(map, key) is not { } node)
        {
            if (required)
            {
                Report(LineOf(map), $"The list `{key}` is missing.", $"Add `{key}:` followed by lines that start with `- `.");
            }

            return [];
        }

        if (node is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        if (node is not YamlSequenceNode items)
        {
            Report(LineOf(node), $"`{key}` must be a list.", $"Write `{key}: [a, b]` or one `- item` per line.");
            return [];
        }

        var values = new List<string>();
        foreach (var item in items)
        {
            if (item is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
            {
                values.Add(value.Trim());
            }
            else
            {
                Report(LineOf(item), $"Every entry of `{key}` must be a piece of text.", "Remove the empty entry or write the text after `- `.");
            }
        }

        return values;
    }

    public IReadOnlyList<YamlMappingNode> Mappings(YamlMappingNode map, string key)
    {
        if (Find(map, key) is not { } node)
        {
            Report(LineOf(map), $"The list `{key}` is missing.", $"Add `{key}:` with one `- ` entry per item.");
            return [];
        }

        if (node is not YamlSequenceNode items)
        {
            Report(LineOf(node), $"`{key}` must be a list of entries.", "Start each entry with `- ` and indent its fields.");
            return [];
        }

        var mappings = new List<YamlMappingNode>();
        foreach (var item in items)
        {
            if (item is YamlMappingNode entry)
            {
                mappings.Add(entry);
            }
            else
            {
                Report(LineOf(item), $"Every entry of `{key}` must have named fields.", "Write the entry as `- title: ...` with its other fields indented below.");
            }
        }

        return mappings;
    }

    public void Report(int line, string message, string hint) =>
        problems.Add(new ContentProblem(new SourceLocation(file, line), message, hint));

    private static YamlNode? Find(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private static int LineOf(YamlNode node) => (int)Math.Max(1, node.Start.Line);

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return (cut > 0 ? message[..(cut + 1)] : message).Trim();
    }
}
