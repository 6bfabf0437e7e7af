using System.Text.Json;
using System.Text.Json.Serialization;
using Roadmap.Bot.Learners;

namespace Roadmap.Bot.Json;

/// <summary>
/// Serialization metadata generated at build time for the JSON the bot writes itself: the
/// /privacy export and the option values local mode types in. Discord payloads have their own
/// context in Roadmap.Discord. Metadata only, so the runtime options decide every setting: the
/// export binds this context to its own options (ids as strings, snake_case) with
/// <c>new BotJsonContext(options)</c>.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    GenerationMode = JsonSourceGenerationMode.Metadata,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(PrivacyExport))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(bool))]
internal sealed partial class BotJsonContext : JsonSerializerContext;
