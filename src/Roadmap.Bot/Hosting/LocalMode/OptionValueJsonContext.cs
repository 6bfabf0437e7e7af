using System.Text.Json.Serialization;

namespace Roadmap.Bot.Hosting.LocalMode;

/// <summary>
/// Serialization metadata generated at build time for the option values local mode types in, which
/// it turns into the JSON Discord would send.
/// </summary>
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(bool))]
internal sealed partial class OptionValueJsonContext : JsonSerializerContext;
