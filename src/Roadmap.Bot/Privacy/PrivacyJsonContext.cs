using System.Text.Json;
using System.Text.Json.Serialization;

namespace Roadmap.Bot.Privacy;

/// <summary>
/// Serialization metadata generated at build time for the /privacy export. Discord payloads have
/// their own context in Roadmap.Discord, local mode's option values theirs. Metadata only, so the
/// runtime options decide every setting: the export binds this context to its own options (ids as
/// strings, snake_case) with <c>new PrivacyJsonContext(options)</c>.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    GenerationMode = JsonSourceGenerationMode.Metadata,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(PrivacyExport))]
internal sealed partial class PrivacyJsonContext : JsonSerializerContext;
