using System.Globalization;
using System.Text.Json;

namespace Roadmap.Bot.Hosting.LocalMode;

/// <summary>
/// A typed value as Discord would send it, or a sentence saying why the text is not one.
/// <see cref="UserId"/> is set for user options, which Discord also lists in the resolved data.
/// </summary>
internal sealed record OptionValue(JsonElement? Json, ulong? UserId, string? Problem)
{
    public static OptionValue Of<T>(T value) => new(JsonSerializer.SerializeToElement(value), null, null);

    /// <summary>Snowflakes travel as strings, as on Discord's wire.</summary>
    public static OptionValue OfSnowflake(ulong id, bool isUser) =>
        new(JsonSerializer.SerializeToElement(id.ToString(CultureInfo.InvariantCulture)), isUser ? id : null, null);

    public static OptionValue Fail(string problem) => new(null, null, problem);
}
