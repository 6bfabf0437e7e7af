using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Roadmap.Discord.Json;

/// <summary>
/// The one set of serializer options for every Discord payload: snake_case names, snowflakes as
/// strings on the wire and <see cref="ulong"/> in code, unknown fields ignored, nulls left out.
/// The common payloads use generated code (<see cref="DiscordJsonContext"/>), the rest reflection.
/// </summary>
public static class DiscordJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
            TypeInfoResolver = JsonTypeInfoResolver.Combine(DiscordJsonContext.Default, new DefaultJsonTypeInfoResolver()),
        };
        options.Converters.Add(new SnowflakeConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
