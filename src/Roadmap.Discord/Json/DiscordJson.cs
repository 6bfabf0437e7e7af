using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Roadmap.Discord.Json;

/// <summary>
/// The one set of serializer options for every Discord payload: snake_case names, snowflakes as
/// strings on the wire and <see cref="ulong"/> in code, unknown fields ignored, nulls left out.
/// All metadata is generated (<see cref="DiscordJsonContext"/>); nothing falls back to reflection.
/// </summary>
public static class DiscordJson
{
    public static JsonSerializerOptions Options => Context.Options;

    /// <summary>The generated metadata, bound to <see cref="Options"/>.</summary>
    internal static DiscordJsonContext Context { get; } = new(CreateOptions());

    /// <summary>
    /// The metadata <see cref="Options"/> hold for <typeparamref name="T"/>, for code that is generic
    /// over the payload type. Throws <see cref="NotSupportedException"/> when
    /// <typeparamref name="T"/> is not a Discord payload listed in the generated context.
    /// </summary>
    public static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        };
        options.Converters.Add(new SnowflakeConverter());
        return options;
    }
}
