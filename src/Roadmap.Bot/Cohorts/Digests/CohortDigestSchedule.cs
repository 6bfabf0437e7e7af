namespace Roadmap.Bot.Cohorts.Digests;

/// <summary>
/// When the weekly digest is due: every Monday at 09:00 UTC, for every cohort. One fixed moment in
/// UTC rather than each cohort's start weekday or a moderator's clock: members live in many time
/// zones and read the post in theirs, UTC does not move with daylight saving, and Monday morning in
/// Europe (night in the Americas, evening in Asia) opens the week the digest looks back on.
/// </summary>
internal static class CohortDigestSchedule
{
    public const DayOfWeek Weekday = DayOfWeek.Monday;

    public static readonly TimeSpan At = TimeSpan.FromHours(9);

    public static readonly TimeSpan Week = TimeSpan.FromDays(7);

    /// <summary>The latest due time at or before <paramref name="now"/>.</summary>
    public static DateTimeOffset LatestDue(DateTimeOffset now)
    {
        var today = now.UtcDateTime.Date;
        var daysSince = ((int)today.DayOfWeek - (int)Weekday + 7) % 7;
        var due = new DateTimeOffset(today.AddDays(-daysSince) + At, TimeSpan.Zero);
        return due > now ? due - Week : due;
    }
}
