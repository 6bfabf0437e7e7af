using System.Text.Json;
using System.Text.Json.Serialization;
using Roadmap.Discord.Gateway;
using Roadmap.Discord.Models;

namespace Roadmap.Discord.Json;

/// <summary>
/// Serialization metadata generated at build time for every payload the client reads or writes, so
/// no JSON goes through reflection and a NativeAOT build serializes exactly what the JIT build does.
/// Use it through <see cref="DiscordJson.Options"/>, which adds the snowflake converter; its settings
/// match those options. Metadata only, no fast-path writers: every payload is then written by the
/// same converters, honouring the options' converters, as reflection wrote it.
/// A type missing here fails at run time with a <see cref="NotSupportedException"/>, so a new
/// payload type is listed as soon as a test sends or reads it.
/// </summary>
/// <remarks>
/// The generated reader sets every init-only property when it constructs a record, passing null
/// (or 0) for a field the JSON lacks; reflection left the initializer alone (dotnet/runtime#84484).
/// So a non-nullable property with a default coalesces in its accessor,
/// <c>{ get; init => field = value ?? ""; } = "";</c>, and a missing field still reads as that
/// default (an interaction without a token has "", not null). The nullable
/// <c>AllowedMentions</c> of the bodies the bot sends cannot coalesce, as null there means
/// "leave it out": a body read back from JSON without <c>allowed_mentions</c> has null.
/// </remarks>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    GenerationMode = JsonSourceGenerationMode.Metadata,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(GatewayPayload))]
[JsonSerializable(typeof(HelloData))]
[JsonSerializable(typeof(ReadyData))]
[JsonSerializable(typeof(IdentifyData))]
[JsonSerializable(typeof(ResumeData))]
[JsonSerializable(typeof(GatewayBotInfo))]
[JsonSerializable(typeof(OutgoingPayload<IdentifyData>))]
[JsonSerializable(typeof(OutgoingPayload<ResumeData>))]
[JsonSerializable(typeof(OutgoingPayload<int?>))]
[JsonSerializable(typeof(OutgoingPayload<PresenceUpdate>))]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(ApplicationCommand))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommand>))]
[JsonSerializable(typeof(MessageBody))]
[JsonSerializable(typeof(Message))]
[JsonSerializable(typeof(Channel))]
[JsonSerializable(typeof(User))]
[JsonSerializable(typeof(CreateDmRequest))]
[JsonSerializable(typeof(DiscordErrorBody))]
[JsonSerializable(typeof(RateLimitedBody))]
[JsonSerializable(typeof(ActionRow))]
[JsonSerializable(typeof(Button))]
[JsonSerializable(typeof(StringSelect))]
[JsonSerializable(typeof(TextInput))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
internal sealed partial class DiscordJsonContext : JsonSerializerContext;
