using System.Text.Json.Serialization;

namespace Roadmap.Bot.Cohorts;

/// <summary>Generated JSON metadata for what cohorts serialize: the milestone ids handed to SQLite's json_each.</summary>
[JsonSerializable(typeof(string[]))]
internal sealed partial class CohortJsonContext : JsonSerializerContext;
