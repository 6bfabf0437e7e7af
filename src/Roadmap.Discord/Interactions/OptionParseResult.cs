namespace Roadmap.Discord.Interactions;

/// <summary>Either the parsed options or a message that tells the user what to type instead.</summary>
public sealed record OptionParseResult(CommandOptions? Options, string? Error)
{
    public static OptionParseResult Ok(CommandOptions options) => new(options, null);

    public static OptionParseResult Fail(string error) => new(null, error);
}
