using System.Globalization;
using System.Text.Json;
using Roadmap.Discord.Models;

namespace Roadmap.Discord.Interactions;

/// <summary>
/// Reads the options Discord (or local mode) sent for a command into typed values, checking them
/// against the definition. Every mistake becomes a sentence the user can act on.
/// </summary>
public static class OptionParser
{
    public static OptionParseResult Parse(ApplicationCommand definition, IReadOnlyList<InteractionDataOption>? provided, bool isAutocomplete = false)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var declared = definition.Options ?? [];
        var given = provided ?? [];
        var path = "/" + definition.Name;
        string? subcommand = null;

        while (declared.Any(o => o.Type is ApplicationCommandOptionType.SubCommand or ApplicationCommandOptionType.SubCommandGroup))
        {
            var names = string.Join(", ", declared.Select(o => $"`{o.Name}`"));
            if (given.Count != 1 || declared.FirstOrDefault(o => o.Name == given[0].Name) is not { } chosen)
            {
                return OptionParseResult.Fail($"`{path}` needs one of: {names}. For example: `{path} {declared[0].Name}`.");
            }

            subcommand = subcommand is null ? chosen.Name : $"{subcommand} {chosen.Name}";
            path += " " + chosen.Name;
            declared = chosen.Options ?? [];
            given = given[0].Options ?? [];
        }

        return ParseLeaf(path, subcommand, declared, given, isAutocomplete);
    }

    private static OptionParseResult ParseLeaf(string path, string? subcommand, IReadOnlyList<ApplicationCommandOption> declared, IReadOnlyList<InteractionDataOption> given, bool isAutocomplete)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        string? focused = null;
        foreach (var option in given)
        {
            if (declared.FirstOrDefault(d => d.Name == option.Name) is not { } definition)
            {
                var known = declared.Count == 0 ? "It takes no options." : $"Its options are: {string.Join(", ", declared.Select(d => $"`{d.Name}`"))}.";
                return OptionParseResult.Fail($"`{path}` has no option `{option.Name}`. {known}");
            }

            if (option.Focused == true)
            {
                focused = option.Name;
                values[option.Name] = option.Value is { ValueKind: JsonValueKind.String } text ? text.GetString() ?? "" : option.Value?.ToString() ?? "";
                continue;
            }

            var (value, error) = ReadValue(definition, option.Value);
            if (error is not null && !isAutocomplete)
            {
                return OptionParseResult.Fail($"`{option.Name}` {error}");
            }

            if (value is not null)
            {
                values[option.Name] = value;
            }
        }

        if (!isAutocomplete && declared.FirstOrDefault(d => d.Required == true && !values.ContainsKey(d.Name)) is { } missing)
        {
            return OptionParseResult.Fail($"`{path}` needs `{missing.Name}`: {missing.Description}. For example: `{path} {missing.Name}:...`");
        }

        return OptionParseResult.Ok(new CommandOptions(subcommand, values, focused));
    }

    private static (object? Value, string? Error) ReadValue(ApplicationCommandOption definition, JsonElement? raw)
    {
        if (raw is not { } value)
        {
            return (null, "needs a value.");
        }

        return definition.Type switch
        {
            ApplicationCommandOptionType.String => ReadText(definition, value),
            ApplicationCommandOptionType.Integer => ReadInteger(definition, value),
            ApplicationCommandOptionType.Number => ReadNumber(definition, value),
            ApplicationCommandOptionType.Boolean => value.ValueKind is JsonValueKind.True or JsonValueKind.False ? (value.GetBoolean(), null) : (null, "must be true or false."),
            ApplicationCommandOptionType.User or ApplicationCommandOptionType.Channel or ApplicationCommandOptionType.Role or ApplicationCommandOptionType.Mentionable
                => value.ValueKind == JsonValueKind.String && ulong.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? (id, null) : (null, "must name a member, like @someone."),
            _ => (null, "is of a kind this bot does not read."),
        };
    }

    private static (object?, string?) ReadText(ApplicationCommandOption definition, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return (null, "must be text.");
        }

        var text = value.GetString() ?? "";
        if (definition.MaxLength is { } max && text.Length > max)
        {
            return (null, $"can be at most {max} characters; yours has {text.Length}.");
        }

        if (definition.MinLength is { } min && text.Length < min)
        {
            return (null, $"needs at least {min} characters.");
        }

        if (definition.Choices is { Count: > 0 } choices && !choices.Any(c => c.Value.ValueKind == JsonValueKind.String && c.Value.GetString() == text))
        {
            return (null, $"must be one of: {string.Join(", ", choices.Select(c => $"`{c.Value.GetString()}`"))}.");
        }

        return (text, null);
    }

    private static (object?, string?) ReadInteger(ApplicationCommandOption definition, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var number))
        {
            return (null, $"must be a whole number{Range(definition)}.");
        }

        return InRange(definition, number) ? (number, null) : (null, $"must be a whole number{Range(definition)}.");
    }

    private static (object?, string?) ReadNumber(ApplicationCommandOption definition, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            return (null, $"must be a number{Range(definition)}.");
        }

        var number = value.GetDouble();
        return InRange(definition, number) ? (number, null) : (null, $"must be a number{Range(definition)}.");
    }

    private static bool InRange(ApplicationCommandOption definition, double number) =>
        (definition.MinValue is not { } min || number >= min) && (definition.MaxValue is not { } max || number <= max);

    private static string Range(ApplicationCommandOption definition) => (definition.MinValue, definition.MaxValue) switch
    {
        ({ } min, { } max) => string.Create(CultureInfo.InvariantCulture, $" from {min} to {max}"),
        ({ } min, null) => string.Create(CultureInfo.InvariantCulture, $" of at least {min}"),
        (null, { } max) => string.Create(CultureInfo.InvariantCulture, $" of at most {max}"),
        _ => "",
    };
}
