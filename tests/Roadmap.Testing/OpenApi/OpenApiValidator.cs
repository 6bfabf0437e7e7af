using System.Text.Json;

namespace Roadmap.Testing.OpenApi;

/// <summary>
/// Checks a JSON document against a schema of Discord's OpenAPI spec: $ref, type (including type
/// arrays for nullable), enum, const, properties, required, additionalProperties, items,
/// oneOf/anyOf/allOf, lengths, ranges, item counts and formats. Returns every violation with its path.
/// </summary>
public sealed class OpenApiValidator(OpenApiSpec spec)
{
    public static OpenApiValidator Discord { get; } = new(OpenApiSpec.Discord);

    public IReadOnlyList<SchemaViolation> Validate(string json, string schemaName)
    {
        using var document = JsonDocument.Parse(json);
        return Validate(document.RootElement, spec.Schema(schemaName));
    }

    public IReadOnlyList<SchemaViolation> Validate(JsonElement value, JsonElement schema)
    {
        var violations = new List<SchemaViolation>();
        Check(schema, value, "$", violations);
        return violations;
    }

    private void Check(JsonElement schema, JsonElement value, string path, List<SchemaViolation> violations)
    {
        if (schema.ValueKind == JsonValueKind.False)
        {
            violations.Add(new(path, "no value is allowed here"));
            return;
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(spec.Resolve(reference.GetString()!), value, path, violations);
        }

        if (!ScalarChecks.CheckType(schema, value, path, violations))
        {
            return;
        }

        ScalarChecks.CheckEnumAndConst(schema, value, path, violations);
        ScalarChecks.CheckString(schema, value, path, violations);
        ScalarChecks.CheckNumber(schema, value, path, violations);
        CheckArray(schema, value, path, violations);
        CheckObject(schema, value, path, violations);
        CheckComposition(schema, value, path, violations);
    }

    private void CheckArray(JsonElement schema, JsonElement value, string path, List<SchemaViolation> violations)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var count = value.GetArrayLength();
        if (schema.TryGetProperty("minItems", out var min) && count < min.GetInt32())
        {
            violations.Add(new(path, $"has {count} items, fewer than minItems {min.GetInt32()}"));
        }

        if (schema.TryGetProperty("maxItems", out var max) && count > max.GetInt32())
        {
            violations.Add(new(path, $"has {count} items, more than maxItems {max.GetInt32()}"));
        }

        var items = value.EnumerateArray().ToList();
        if (schema.TryGetProperty("uniqueItems", out var unique) && unique.ValueKind == JsonValueKind.True
            && items.Where((item, i) => items.Skip(i + 1).Any(other => JsonElement.DeepEquals(item, other))).Any())
        {
            violations.Add(new(path, "items are not unique"));
        }

        if (schema.TryGetProperty("items", out var itemSchema))
        {
            for (var i = 0; i < items.Count; i++)
            {
                Check(itemSchema, items[i], $"{path}[{i}]", violations);
            }
        }
    }

    private void CheckObject(JsonElement schema, JsonElement value, string path, List<SchemaViolation> violations)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!value.TryGetProperty(name, out _))
                {
                    violations.Add(new($"{path}.{name}", "is required but missing"));
                }
            }
        }

        var count = value.EnumerateObject().Count();
        if (schema.TryGetProperty("minProperties", out var minProps) && count < minProps.GetInt32())
        {
            violations.Add(new(path, $"has {count} properties, fewer than minProperties {minProps.GetInt32()}"));
        }

        if (schema.TryGetProperty("maxProperties", out var maxProps) && count > maxProps.GetInt32())
        {
            violations.Add(new(path, $"has {count} properties, more than maxProperties {maxProps.GetInt32()}"));
        }

        CheckProperties(schema, value, path, violations);
    }

    private void CheckProperties(JsonElement schema, JsonElement value, string path, List<SchemaViolation> violations)
    {
        var hasProperties = schema.TryGetProperty("properties", out var properties);
        var hasAdditional = schema.TryGetProperty("additionalProperties", out var additional);
        foreach (var property in value.EnumerateObject())
        {
            var propertyPath = $"{path}.{property.Name}";
            if (hasProperties && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(propertySchema, property.Value, propertyPath, violations);
            }
            else if (hasAdditional && additional.ValueKind == JsonValueKind.False)
            {
                violations.Add(new(propertyPath, "is not allowed (additionalProperties is false)"));
            }
            else if (hasAdditional && additional.ValueKind == JsonValueKind.Object)
            {
                Check(additional, property.Value, propertyPath, violations);
            }
        }
    }

    private void CheckComposition(JsonElement schema, JsonElement value, string path, List<SchemaViolation> violations)
    {
        if (schema.TryGetProperty("allOf", out var allOf))
        {
            foreach (var part in allOf.EnumerateArray())
            {
                Check(part, value, path, violations);
            }
        }

        if (schema.TryGetProperty("anyOf", out var anyOf))
        {
            var results = Branches(anyOf, value, path);
            if (!results.Any(r => r.Count == 0))
            {
                violations.Add(new(path, "matches none of the anyOf schemas; closest:"));
                violations.AddRange(results.MinBy(r => r.Count)!);
            }
        }

        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            var results = Branches(oneOf, value, path);
            var matches = results.Count(r => r.Count == 0);
            if (matches == 0)
            {
                violations.Add(new(path, "matches none of the oneOf schemas; closest:"));
                violations.AddRange(results.MinBy(r => r.Count)!);
            }
            else if (matches > 1)
            {
                violations.Add(new(path, $"matches {matches} of the oneOf schemas, exactly one is allowed"));
            }
        }
    }

    private List<List<SchemaViolation>> Branches(JsonElement alternatives, JsonElement value, string path) =>
        alternatives.EnumerateArray().Select(branch =>
        {
            var branchViolations = new List<SchemaViolation>();
            Check(branch, value, path, branchViolations);
            return branchViolations;
        }).ToList();
}
