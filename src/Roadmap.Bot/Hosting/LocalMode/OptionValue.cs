using System.Globalization;
using System.Text.Json;

namespace Roadmap.Bot.Hosting.LocalMode;

/// <summary>
/// A typed value as Discord would send it, or a sentence saying why the text is not one.
/// <see cref="UserId"/> is set for user options, which Discord also lists in the resolved data.
/// </summary>
internal sealed record OptionValue(JsonElement? Json, ulong? UserId, string? Problem)
{
    public static OptionValue Of(string value) => new(JsonSerializer.SerializeToElement(value, OptionValueJsonContext.Default.String), null, null);

    public static OptionValue Of(long value) => new(JsonSerializer.SerializeToElement(value, OptionValueJsonContext.Default.Int64), null, null);

    public static OptionValue Of(double value) => new(JsonSerializer.SerializeToElement(value, OptionValueJsonContext.Default.Double), null, null);

    public static OptionValue Of(bool value) => new(JsonSerializer.SerializeToElement(value, OptionValueJsonContext.Default.Boolean), null, null);

    /// <summary>Snowflakes travel as strings, as on Discord's wire.</summary>
    public static OptionValue OfSnowflake(ulong id, bool isUser) =>
        new(JsonSerializer.SerializeToElement(id.ToString(CultureInfo.InvariantCulture), OptionValueJsonContext.Default.String), isUser ? id : null, null);

    public static OptionValue Fail(string problem) => new(null, null, problem);
}
