using Roadmap.Discord.Models;

namespace Roadmap.Bot.Hosting.LocalMode;

/// <summary>An embed as lines: author, title with its link, description, each field's name with its value indented, footer.</summary>
internal sealed class EmbedRenderer(bool useAnsi, TimeProvider time)
{
    private const string FieldIndent = "  ";

    public string Render(Embed embed)
    {
        ArgumentNullException.ThrowIfNull(embed);
        var lines = new List<string>();
        if (HasText(embed.Author?.Name))
        {
            lines.Add(Readable(embed.Author!.Name!));
        }

        if (HasText(embed.Title))
        {
            var title = DiscordMarkdown.Strong(Readable(embed.Title!), useAnsi);
            lines.Add(embed.Url is { } url ? $"{title} <{url}>" : title);
        }

        if (HasText(embed.Description))
        {
            lines.Add(Readable(embed.Description!));
        }

        foreach (var field in embed.Fields ?? [])
        {
            AddField(field, lines);
        }

        if (HasText(embed.Footer?.Text))
        {
            lines.Add("— " + Readable(embed.Footer!.Text!));
        }

        return string.Join('\n', lines);
    }

    private void AddField(EmbedField field, List<string> lines)
    {
        if (HasText(field.Name))
        {
            lines.Add(DiscordMarkdown.Strong(Readable(field.Name), useAnsi));
        }

        if (HasText(field.Value))
        {
            lines.AddRange(Readable(field.Value).Split('\n').Select(line => FieldIndent + line));
        }
    }

    private string Readable(string text) => DiscordMarkdown.ToReadable(text.ReplaceLineEndings("\n").Trim(), useAnsi, time.GetUtcNow());

    /// <summary>Embeds use a zero-width space for a deliberately empty field name or value; it prints as nothing.</summary>
    private static bool HasText(string? text) => !string.IsNullOrWhiteSpace(text?.Replace("\u200b", "", StringComparison.Ordinal));
}
