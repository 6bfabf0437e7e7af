using System.Globalization;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Hosting.LocalMode;

/// <summary>
/// Turns typed text into the JSON kind Discord sends for an option's type: numbers as JSON numbers,
/// booleans as JSON booleans, users as snowflake strings. Ranges, lengths and choices are left to
/// the shared option parser, so local mode and Discord refuse the same values with the same words.
/// </summary>
internal static class OptionValueReader
{
    public static OptionValue Read(ApplicationCommandOption option, string text, LocalMember member)
    {
        ArgumentNullException.ThrowIfNull(option);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(member);
        if (text.Length == 0)
        {
            return OptionValue.Fail($"`{option.Name}` needs a value right after the colon, with no space in between, like `{option.Name}:{Example(option)}`.");
        }

        return option.Type switch
        {
            ApplicationCommandOptionType.String => OptionValue.Of(text),
            ApplicationCommandOptionType.Integer => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)
                ? OptionValue.Of(whole)
                : Refuse(option, text, "a whole number"),
            ApplicationCommandOptionType.Number => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
                ? OptionValue.Of(number)
                : Refuse(option, text, "a number"),
            ApplicationCommandOptionType.Boolean => ReadFlag(text) is { } flag ? OptionValue.Of(flag) : Refuse(option, text, "true or false"),
            ApplicationCommandOptionType.User or ApplicationCommandOptionType.Mentionable => ReadUser(text, member) is { } id
                ? OptionValue.OfSnowflake(id, isUser: true)
                : OptionValue.Fail($"`{option.Name}` must name a member. In local mode you are the only one: type `{option.Name}:me`, or a numeric user id."),
            ApplicationCommandOptionType.Channel or ApplicationCommandOptionType.Role => ReadSnowflake(text) is { } snowflake
                ? OptionValue.OfSnowflake(snowflake, isUser: false)
                : Refuse(option, text, "a numeric id"),
            _ => OptionValue.Fail($"`{option.Name}` takes a file or another value local mode cannot type; use this command on Discord."),
        };
    }

    private static OptionValue Refuse(ApplicationCommandOption option, string text, string kind) =>
        OptionValue.Fail($"`{option.Name}` must be {kind}, like `{option.Name}:{Example(option)}`; `{text}` is not.");

    private static string Example(ApplicationCommandOption option) => option.Type switch
    {
        ApplicationCommandOptionType.Integer => (option.MinValue ?? 1).ToString(CultureInfo.InvariantCulture),
        ApplicationCommandOptionType.Number => (option.MinValue ?? 1.5).ToString(CultureInfo.InvariantCulture),
        ApplicationCommandOptionType.Boolean => "true",
        ApplicationCommandOptionType.User or ApplicationCommandOptionType.Mentionable => "me",
        ApplicationCommandOptionType.Channel or ApplicationCommandOptionType.Role => "123456789012345678",
        _ => "\"some text\"",
    };

    private static bool? ReadFlag(string text) => text.ToUpperInvariant() switch
    {
        "TRUE" or "YES" or "ON" => true,
        "FALSE" or "NO" or "OFF" => false,
        _ => null,
    };

    private static ulong? ReadUser(string text, LocalMember member)
    {
        var name = text.TrimStart('@');
        if (name.Equals("me", StringComparison.OrdinalIgnoreCase) || name.Equals(member.DisplayName, StringComparison.OrdinalIgnoreCase))
        {
            return member.UserId;
        }

        // A pasted Discord mention: <@123> or the older nickname form <@!123>.
        var mention = text.StartsWith("<@", StringComparison.Ordinal) && text.EndsWith('>') ? text[2..^1].TrimStart('!') : name;
        return ReadSnowflake(mention);
    }

    private static ulong? ReadSnowflake(string text) =>
        ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
}
