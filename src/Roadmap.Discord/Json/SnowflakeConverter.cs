using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Roadmap.Discord.Json;

/// <summary>
/// Discord sends snowflakes as strings because they exceed JavaScript's safe integers; some fixtures
/// and older payloads carry them as numbers, so both are read. They are always written as strings.
/// </summary>
public sealed class SnowflakeConverter : JsonConverter<ulong>
{
    public override ulong Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.GetUInt64();
        }

        if (reader.TokenType == JsonTokenType.String
            && Utf8Parser.TryParse(reader.ValueSpan, out ulong value, out var consumed)
            && consumed == reader.ValueSpan.Length)
        {
            return value;
        }

        throw new JsonException($"Expected a snowflake (a decimal string) but found {reader.TokenType}.");
    }

    public override void Write(Utf8JsonWriter writer, ulong value, JsonSerializerOptions options)
    {
        Span<byte> buffer = stackalloc byte[20];
        Utf8Formatter.TryFormat(value, buffer, out var written);
        writer.WriteStringValue(buffer[..written]);
    }
}
