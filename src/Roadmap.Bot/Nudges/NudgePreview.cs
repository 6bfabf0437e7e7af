using System.Globalization;
using NodaTime;

namespace Roadmap.Bot.Nudges;

/// <summary>
/// `nudges preview [--weeks N]`: a member's next nudges on their clock and in UTC, so anyone can see
/// what a clock change does to them before it happens.
/// </summary>
internal static class NudgePreview
{
    public const int DefaultWeeks = 8;

    public const int MaxWeeks = 104;

    /// <summary>Writes the preview; 0 when there are nudges to show, 1 when they are off or need a time zone (and how to fix it).</summary>
    public static int Write(NudgeStatus status, string memberName, DateTimeOffset now, int weeks, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(output);
        var settings = status.Settings;
        if (settings is null || settings.State == NudgeState.Off)
        {
            output.WriteLine($"Weekly nudges are off for {memberName}. Turn them on in the bot with `/nudges on day: time:`, such as `/nudges on day:friday time:18:30`, then preview them again.");
            return 1;
        }

        if (status.Schedule is not { } schedule)
        {
            output.WriteLine($"{memberName} has no time zone, and nudges come at a time on the member's own clock. Set one in the bot with `/profile timezone:`, such as `/profile timezone:Europe/Berlin`.");
            return 1;
        }

        if (settings.NextDueAt is not { } next)
        {
            output.WriteLine($"Weekly nudges for {memberName} are paused ({settings.PauseReason}), with none due. `/nudges on` in the bot turns them back on.");
            return 1;
        }

        output.WriteLine($"Weekly nudges for {memberName}: {settings.State}, {schedule.Describe()}, {schedule.Zone.Id}.");
        if (settings.PausedUntilDate is { } until)
        {
            output.WriteLine($"Paused until {NudgeReplies.LongDate(until)}; they resume with the first one below.");
        }

        if (settings.SkippedDueAt is { } skipped && skipped > now)
        {
            output.WriteLine($"Skipping the one of {schedule.Local(skipped)}.");
        }

        output.WriteLine(Invariant($"The next {weeks}, on the member's clock and in UTC:"));
        // The stored next is the truth (a skip or a pause moved it); one already past is the scheduler's to catch up.
        var due = next > now ? next : schedule.NextAfter(now);
        for (var i = 0; i < weeks; i++)
        {
            output.WriteLine(Line(schedule, due));
            due = schedule.NextAfter(due);
        }

        return 0;
    }

    private static string Line(NudgeSchedule schedule, DateTimeOffset due)
    {
        var local = Instant.FromDateTimeOffset(due).InZone(schedule.Zone);
        var time = schedule.Time.ToString("HH:mm", CultureInfo.InvariantCulture);
        var note = schedule.ClockChangeOn(local.Date) switch
        {
            ClockChange.Skipped => $"  clocks go forward: {time} is skipped, so it comes later by the jump",
            ClockChange.Repeated => $"  clocks go back: {time} happens twice, the nudge comes at the first",
            _ => "",
        };
        var onClock = $"{schedule.Local(due)} ({Offset(local.Offset)})";
        return Invariant($"  {onClock,-44} {due.UtcDateTime:yyyy-MM-dd HH:mm} UTC{note}");
    }

    /// <summary>"+01", "+05:30", "-04", "+13:45".</summary>
    private static string Offset(Offset offset)
    {
        var seconds = offset.Seconds;
        var sign = seconds < 0 ? "-" : "+";
        var span = TimeSpan.FromSeconds(Math.Abs(seconds));
        return span.Minutes == 0 ? Invariant($"{sign}{span.Hours:00}") : Invariant($"{sign}{span.Hours:00}:{span.Minutes:00}");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
