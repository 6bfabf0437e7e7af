using System.Globalization;

namespace Roadmap.Discord.Interactions;

/// <summary>The options of one invocation, parsed and checked against the command's definition.</summary>
public sealed class CommandOptions(string? subcommand, IReadOnlyDictionary<string, object> values, string? focused)
{
    public static CommandOptions Empty { get; } = new(null, new Dictionary<string, object>(), null);

    /// <summary>The subcommand that was invoked ("group sub" for a grouped one), or null.</summary>
    public string? Subcommand => subcommand;

    /// <summary>For autocomplete: the option being typed.</summary>
    public string? Focused => focused;

    public bool Has(string name) => values.ContainsKey(name);

    public string? Text(string name) => values.GetValueOrDefault(name) as string;

    public long? WholeNumber(string name) => values.GetValueOrDefault(name) is long value ? value : null;

    public double? Number(string name) => values.GetValueOrDefault(name) switch
    {
        double value => value,
        long value => value,
        _ => null,
    };

    public bool? Flag(string name) => values.GetValueOrDefault(name) is bool value ? value : null;

    /// <summary>A user, channel, role or mentionable option: the snowflake.</summary>
    public ulong? Snowflake(string name) => values.GetValueOrDefault(name) is ulong value ? value : null;

    /// <summary>What the user has typed so far into the focused option.</summary>
    public string FocusedText => focused is null ? "" : Convert.ToString(values.GetValueOrDefault(focused), CultureInfo.InvariantCulture) ?? "";
}
