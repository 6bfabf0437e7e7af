using Roadmap.Discord;
using Roadmap.Discord.Models;

namespace Roadmap.Testing;

/// <summary>Lists every way a message breaks Discord's text limits; empty when it would be accepted.</summary>
public static class LimitCheck
{
    public static IReadOnlyList<string> Violations(InteractionResponseData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var problems = new List<string>();
        Check(data.Content, DiscordLimits.MessageContent, "content", problems);
        var total = 0;
        foreach (var embed in data.Embeds ?? [])
        {
            Check(embed.Title, DiscordLimits.EmbedTitle, "embed title", problems);
            Check(embed.Description, DiscordLimits.EmbedDescription, "embed description", problems);
            Check(embed.Footer?.Text, DiscordLimits.EmbedFooter, "footer", problems);
            if (embed.Fields is { Count: > DiscordLimits.EmbedFields })
            {
                problems.Add($"{embed.Fields.Count} fields");
            }

            foreach (var field in embed.Fields ?? [])
            {
                Check(field.Name, DiscordLimits.EmbedFieldName, "field name", problems);
                Check(field.Value, DiscordLimits.EmbedFieldValue, "field value", problems);
                total += field.Name.Length + field.Value.Length;
            }

            total += (embed.Title?.Length ?? 0) + (embed.Description?.Length ?? 0) + (embed.Footer?.Text?.Length ?? 0);
        }

        if (total > DiscordLimits.EmbedTotal)
        {
            problems.Add($"embeds total {total} characters");
        }

        foreach (var component in (data.Components ?? []).OfType<ActionRow>().SelectMany(r => r.Components))
        {
            switch (component)
            {
                case Button button:
                    Check(button.Label, DiscordLimits.ButtonLabel, "button label", problems);
                    break;
                case StringSelect select:
                    foreach (var option in select.Options)
                    {
                        Check(option.Label, DiscordLimits.SelectOptionLabel, "select label", problems);
                    }

                    break;
            }
        }

        return problems;
    }

    private static void Check(string? text, int max, string what, List<string> problems)
    {
        if (text is not null && text.Length > max)
        {
            problems.Add($"{what} has {text.Length} characters (limit {max})");
        }
    }
}
