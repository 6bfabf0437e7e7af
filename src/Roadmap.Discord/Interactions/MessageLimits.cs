using Roadmap.Discord.Models;

namespace Roadmap.Discord.Interactions;

/// <summary>
/// Fits a message to Discord's limits before it is sent, cutting text with an ellipsis instead of
/// letting Discord reject the whole reply with a 400: content, embed titles, descriptions, fields,
/// footers, the 6000-character total, button and select labels.
/// </summary>
public static class MessageLimits
{
    private const string Ellipsis = "…";

    public static InteractionResponseData Fit(InteractionResponseData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data with
        {
            Content = data.Content is null ? null : Cut(data.Content, DiscordLimits.MessageContent),
            Embeds = data.Embeds is null ? null : FitEmbeds(data.Embeds),
            Components = data.Components?.Select(FitComponent).ToList(),
        };
    }

    public static string Cut(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
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

    private static List<Embed> FitEmbeds(IReadOnlyList<Embed> embeds)
    {
        var budget = DiscordLimits.EmbedTotal;
        var fitted = new List<Embed>();
        foreach (var embed in embeds.Take(10))
        {
            var title = Take(embed.Title, DiscordLimits.EmbedTitle, ref budget);
            var footer = embed.Footer is { Text: { } text } ? embed.Footer with { Text = Take(text, DiscordLimits.EmbedFooter, ref budget) } : embed.Footer;
            var description = Take(embed.Description, DiscordLimits.EmbedDescription, ref budget);
            var fields = new List<EmbedField>();
            foreach (var field in (embed.Fields ?? []).Take(DiscordLimits.EmbedFields))
            {
                var name = Take(field.Name, DiscordLimits.EmbedFieldName, ref budget);
                var value = Take(field.Value, DiscordLimits.EmbedFieldValue, ref budget);
                if (string.IsNullOrEmpty(name) || string.IsNullOrEmpty(value))
                {
                    break;
                }

                fields.Add(field with { Name = name, Value = value });
            }

            fitted.Add(embed with { Title = title, Description = description, Footer = footer, Fields = embed.Fields is null ? null : fields });
        }

        return fitted;
    }

    /// <summary>Cuts to the field's own limit and to what is left of the message's total, and spends that.</summary>
    private static string? Take(string? text, int max, ref int budget)
    {
        if (text is null)
        {
            return null;
        }

        var allowed = Math.Min(max, budget);
        var result = allowed < 1 ? "" : Cut(text, allowed);
        budget -= result.Length;
        return result;
    }

    private static MessageComponent FitComponent(MessageComponent component) => component switch
    {
        ActionRow row => row with { Components = row.Components.Select(FitComponent).ToList() },
        Button { Label: { } label } button => button with { Label = Cut(label, DiscordLimits.ButtonLabel) },
        StringSelect select => select with
        {
            Options = select.Options.Take(DiscordLimits.SelectOptions).Select(o => o with
            {
                Label = Cut(o.Label, DiscordLimits.SelectOptionLabel),
                Description = o.Description is null ? null : Cut(o.Description, DiscordLimits.SelectOptionDescription),
            }).ToList(),
        },
        _ => component,
    };
}
