using System.Text.Json;
using Roadmap.Discord.Json;

namespace Roadmap.Discord.Models;

/// <summary>
/// A choice of a command option, also the shape of an autocomplete suggestion. The value is a
/// string, an integer or a number depending on the option type.
/// </summary>
public sealed record ApplicationCommandOptionChoice
{
    public string Name { get; init => field = value ?? ""; } = "";

    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }

    public JsonElement Value { get; init; }

    public static ApplicationCommandOptionChoice FromString(string name, string value) =>
        new() { Name = name, Value = JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.String) };

    public static ApplicationCommandOptionChoice FromInteger(string name, long value) =>
        new() { Name = name, Value = JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.Int64) };

    public static ApplicationCommandOptionChoice FromNumber(string name, double value) =>
        new() { Name = name, Value = JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.Double) };
}
