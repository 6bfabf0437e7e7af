using System.Text.Json;
using System.Text.Json.Serialization;
using Roadmap.Discord.Gateway;

namespace Roadmap.Discord.Json;

/// <summary>
/// Serialization code generated at build time for the gateway's own frames, which every start reads
/// and writes before IDENTIFY, so they cost no reflection on the way to being online.
/// <see cref="DiscordJson.Options"/> uses it first and falls back to reflection for any other type;
/// its settings match those options. The models under <c>Models/</c> stay with reflection: the
/// generator sets an init-only property that is missing from the JSON to null, where reflection
/// keeps its initializer (an interaction without a token would read as null instead of "").
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(GatewayPayload))]
[JsonSerializable(typeof(HelloData))]
[JsonSerializable(typeof(ReadyData))]
[JsonSerializable(typeof(GatewayBotInfo))]
[JsonSerializable(typeof(OutgoingPayload<IdentifyData>))]
[JsonSerializable(typeof(OutgoingPayload<ResumeData>))]
[JsonSerializable(typeof(OutgoingPayload<int?>))]
[JsonSerializable(typeof(OutgoingPayload<PresenceUpdate>))]
internal sealed partial class DiscordJsonContext : JsonSerializerContext;
