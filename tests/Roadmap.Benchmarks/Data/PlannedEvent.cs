namespace Roadmap.Benchmarks.Data;

/// <summary>One generated progress_events row; the generator numbers the ids so undos can name their target.</summary>
internal readonly record struct PlannedEvent(long Id, string MilestoneId, string FromStatus, string ToStatus, string? Note, long? RevertsEventId, long At);
