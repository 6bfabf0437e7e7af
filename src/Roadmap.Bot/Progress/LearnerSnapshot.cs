using NodaTime;
using Roadmap.Bot.Members;

namespace Roadmap.Bot.Progress;

/// <summary>A member's settings and statuses, read once per command.</summary>
internal sealed record LearnerSnapshot(Member? Member, LearnerStatuses Statuses)
{
    public string? Stack => Member?.Stack;

    public DateTimeZone Zone => Member?.TimeZone is { } id ? DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) ?? DateTimeZone.Utc : DateTimeZone.Utc;

    /// <summary>Today's date where the member lives.</summary>
    public DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var date = Instant.FromDateTimeOffset(time.GetUtcNow()).InZone(Zone).Date;
        return new DateOnly(date.Year, date.Month, date.Day);
    }

    public FinishEstimate? Estimate(ProgressReport report, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(report);
        return FinishEstimate.From(report.RemainingHours, Member?.WeeklyHours ?? 0, Today(time));
    }
}
