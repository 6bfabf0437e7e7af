using System.Text.Json;

namespace Roadmap.Discord.Models;

/// <summary>Flattens Discord's nested <c>errors</c> object into field errors with dotted paths.</summary>
public static class ErrorTree
{
    public static IReadOnlyList<FieldError> Flatten(JsonElement? errors)
    {
        var result = new List<FieldError>();
        if (errors is { ValueKind: JsonValueKind.Object } root)
        {
            Walk(root, "", result);
        }

        return result;
    }

    private static void Walk(JsonElement node, string path, List<FieldError> result)
    {
        foreach (var property in node.EnumerateObject())
        {
            if (property.NameEquals("_errors") && property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var error in property.Value.EnumerateArray())
                {
                    result.Add(new FieldError(path, ReadString(error, "code"), ReadString(error, "message")));
                }
            }
            else if (property.Value.ValueKind == JsonValueKind.Object)
            {
                Walk(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", result);
            }
        }
    }

    private static string ReadString(JsonElement error, string name) =>
        error.ValueKind == JsonValueKind.Object
        && error.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : "";
}
