using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Roadmap.Discord.Models;

/// <summary>
/// Reads a component by its <c>type</c> wherever it sits in the object (Discord does not promise
/// an order, which rules out the built-in polymorphism) and writes the concrete record. The records
/// are read and written with the metadata the options hold for them, never by reflection.
/// </summary>
public sealed class MessageComponentConverter : JsonConverter<MessageComponent>
{
    public override MessageComponent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var element = document.RootElement;
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"Expected a component object but found {element.ValueKind}.");
        }

        var type = element.TryGetProperty("type", out var t) && t.TryGetInt32(out var value) ? value : 0;
        return (ComponentType)type switch
        {
            ComponentType.ActionRow => element.Deserialize(TypeInfo<ActionRow>(options))!,
            ComponentType.Button => element.Deserialize(TypeInfo<Button>(options))!,
            ComponentType.StringSelect => element.Deserialize(TypeInfo<StringSelect>(options))!,
            ComponentType.TextInput => element.Deserialize(TypeInfo<TextInput>(options))!,
            _ => new UnknownComponent(element.Clone()),
        };
    }

    public override void Write(Utf8JsonWriter writer, MessageComponent value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        switch (value)
        {
            case UnknownComponent unknown:
                unknown.Raw.WriteTo(writer);
                break;
            default:
                JsonSerializer.Serialize(writer, value, options.GetTypeInfo(value.GetType()));
                break;
        }
    }

    private static JsonTypeInfo<T> TypeInfo<T>(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
}
