namespace Roadmap.Benchmarks.Data;

/// <summary>One generated member with settings; times are unix milliseconds.</summary>
internal readonly record struct PlannedMember(ulong Id, string? Stack, string? TimeZone, long? WeeklyHours, string Visibility, long CreatedAt, long UpdatedAt);
