namespace Roadmap.Bot.Progress;

/// <summary>When the track would be finished at a steady number of hours a week.</summary>
internal sealed record FinishEstimate(int RemainingHours, int WeeklyHours, int Weeks, DateOnly FinishDate)
{
    public const int MaxWeeklyHours = 80;

    /// <summary>Null when the learner has not said how many hours a week they have.</summary>
    public static FinishEstimate? From(int remainingHours, int weeklyHours, DateOnly today)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(remainingHours);
        if (weeklyHours <= 0)
        {
            return null;
        }

        var weeks = (remainingHours + weeklyHours - 1) / weeklyHours;
        return new FinishEstimate(remainingHours, weeklyHours, weeks, today.AddDays(weeks * 7));
    }
}
