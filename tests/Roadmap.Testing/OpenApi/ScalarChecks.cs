using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Roadmap.Testing.OpenApi;

/// <summary>The keywords that look at one value: type, enum, const, string and number constraints, formats.</summary>
internal static class ScalarChecks
{
    public static bool CheckType(JsonElement schema, JsonElement value, string path, List<SchemaViolation> violations)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return true;
        }

        var allowed = type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()!).ToList()
            : [type.GetString()!];
        if (allowed.Any(t => IsOfType(value, t)))
        {
            return true;
        }

        violations.Add(new(path, $"is {Describe(value)}, expected {string.Join(" or ", allowed)}"));
        return false;
    }

    public static void CheckEnumAndConst(JsonElement schema, JsonElement value, string path, List<SchemaViolation> violations)
    {
        if (schema.TryGetProperty("enum", out var options) && !options.EnumerateArray().Any(o => JsonElement.DeepEquals(o, value)))
        {
            violations.Add(new(path, $"{value.GetRawText()} is not one of {options.GetRawText()}"));
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, value))
        {
            violations.Add(new(path, $"{value.GetRawText()} is not the constant {constant.GetRawText()}"));
        }
    }

    public static void CheckString(JsonElement schema, JsonElement value, string path, List<SchemaViolation> violations)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return;
        }

        var text = value.GetString()!;
        var length = text.EnumerateRunes().Count();
        if (schema.TryGetProperty("minLength", out var min) && length < min.GetInt32())
        {
            violations.Add(new(path, $"has length {length}, shorter than minLength {min.GetInt32()}"));
        }

        if (schema.TryGetProperty("maxLength", out var max) && length > max.GetInt32())
        {
            violations.Add(new(path, $"has length {length}, longer than maxLength {max.GetInt32()}"));
        }

        if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!, RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            violations.Add(new(path, $"\"{text}\" does not match {pattern.GetString()}"));
        }

        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        var valid = format switch
        {
            "snowflake" => ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _),
            "int64" => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            "date-time" => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "uri" => Uri.TryCreate(text, UriKind.Absolute, out _),
            _ => true,
        };
        if (!valid)
        {
            violations.Add(new(path, $"\"{text}\" is not a valid {format}"));
        }
    }

    public static void CheckNumber(JsonElement schema, JsonElement value, string path, List<SchemaViolation> violations)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            return;
        }

        var number = value.GetDouble();
        if (schema.TryGetProperty("minimum", out var min) && number < min.GetDouble())
        {
            violations.Add(new(path, $"{value.GetRawText()} is below minimum {min.GetRawText()}"));
        }

        if (schema.TryGetProperty("maximum", out var max) && number > max.GetDouble())
        {
            violations.Add(new(path, $"{value.GetRawText()} is above maximum {max.GetRawText()}"));
        }

        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        if ((format == "int32" && !value.TryGetInt32(out _)) || (format == "int64" && !value.TryGetInt64(out _)))
        {
            violations.Add(new(path, $"{value.GetRawText()} does not fit {format}"));
        }
    }

    private static bool IsOfType(JsonElement value, string type) => type switch
    {
        "null" => value.ValueKind == JsonValueKind.Null,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "string" => value.ValueKind == JsonValueKind.String,
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && IsWhole(value),
        _ => false,
    };

    private static bool IsWhole(JsonElement value) =>
        value.TryGetInt64(out _) || value.TryGetUInt64(out _) || (value.TryGetDouble(out var d) && Math.Floor(d) == d);

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.String => "a string",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        _ => "an object",
    };
}
