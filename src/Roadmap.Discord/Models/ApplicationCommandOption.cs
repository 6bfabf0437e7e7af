namespace Roadmap.Discord.Models;

/// <summary>An option of a command; subcommands and groups nest through <see cref="Options"/>.</summary>
public sealed record ApplicationCommandOption
{
    public ApplicationCommandOptionType Type { get; init; }

    public string Name { get; init => field = value ?? ""; } = "";

    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }

    public string Description { get; init => field = value ?? ""; } = "";

    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }

    public bool? Required { get; init; }

    /// <summary>The only values a user may pick; not allowed together with autocomplete.</summary>
    public IReadOnlyList<ApplicationCommandOptionChoice>? Choices { get; init; }

    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    public IReadOnlyList<int>? ChannelTypes { get; init; }

    /// <summary>For integer and number options; an integer option writes whole numbers.</summary>
    public double? MinValue { get; init; }

    public double? MaxValue { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    public bool? Autocomplete { get; init; }
}
