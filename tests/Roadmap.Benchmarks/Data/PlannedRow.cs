namespace Roadmap.Benchmarks.Data;

/// <summary>One generated progress row; times are unix milliseconds as the schema stores them.</summary>
internal readonly record struct PlannedRow(string MilestoneId, string Status, long? StartedAt, long? CompletedAt, string? Note, long UpdatedAt);
