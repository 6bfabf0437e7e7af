namespace Roadmap.Bot.Cohorts.Insights;

/// <summary>Who is in scope: every member, and of them the ones who share their progress.</summary>
internal sealed class InsightsScopeRow
{
    public int Members { get; init; }

    public int Sharing { get; init; }
}

/// <summary>How many sharing members have, as their furthest done milestone, the one at this position in track order.</summary>
internal sealed class FurthestDoneRow
{
    /// <summary>The milestone's position in track order, starting at 0.</summary>
    public int Position { get; init; }

    public int Members { get; init; }
}

/// <summary>A milestone sharing members have in progress: how many, since when on average, and the oldest start.</summary>
internal sealed class StalledRow
{
    public string MilestoneId { get; init; } = "";

    public int Members { get; init; }

    public DateTimeOffset AverageStartedAt { get; init; }

    public DateTimeOffset OldestStartedAt { get; init; }
}
