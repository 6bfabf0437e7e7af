using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Roadmap.Testing;

/// <summary>
/// Options for the JSON tests build from their own ad-hoc values (anonymous objects, plain strings).
/// Reflection-based serialization is off by default, as in the AOT-published bot, so test code that
/// needs it names the reflection resolver explicitly; the bot's code never does.
/// </summary>
public static class TestJson
{
    public static JsonSerializerOptions Reflection { get; } = new() { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
}
