using System.Text.Json;
using Roadmap.Discord.Models;

namespace Roadmap.Discord.Interactions;

/// <summary>A submitted modal: who sent it, its parsed custom id, and what was typed in each text input, by the input's custom id.</summary>
public sealed record ModalContext(Interaction Interaction, Caller Caller, CustomId Id, IReadOnlyDictionary<string, string> Fields)
{
    /// <summary>What was typed in the input <paramref name="customId"/>; null when it was left empty or is not in the form.</summary>
    public string? Field(string customId) =>
        Fields.TryGetValue(customId, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    /// <summary>
    /// The typed values of every text input in the submission: inside action rows (how the bot sends
    /// its modals) or inside labels (component type 18, Discord's newer layout, read from the raw JSON).
    /// </summary>
    public static IReadOnlyDictionary<string, string> ReadFields(IReadOnlyList<MessageComponent>? components)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var component in components ?? [])
        {
            Collect(component, fields);
        }

        return fields;
    }

    private static void Collect(MessageComponent component, Dictionary<string, string> fields)
    {
        switch (component)
        {
            case ActionRow row:
                foreach (var inner in row.Components)
                {
                    Collect(inner, fields);
                }

                break;
            case TextInput input when input.CustomId.Length > 0:
                fields[input.CustomId] = input.Value ?? "";
                break;
            case UnknownComponent { Raw: var raw } when raw.TryGetProperty("component", out var inner) && inner.ValueKind == JsonValueKind.Object:
                if (inner.TryGetProperty("custom_id", out var id) && id.ValueKind == JsonValueKind.String
                    && inner.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String)
                {
                    fields[id.GetString()!] = value.GetString()!;
                }

                break;
        }
    }
}
