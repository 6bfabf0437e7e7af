namespace Roadmap.Bot.Cohorts.Challenges;

/// <summary>One of a cohort's challenges as one member stands in it: joined, submitted, late, reviewed.</summary>
internal sealed record YourChallengeRow
{
    public required long Id { get; init; }

    public required string Title { get; init; }

    public DateTimeOffset DueAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public bool Joined { get; init; }

    /// <summary>When the member's current submission came in; null when they have none.</summary>
    public DateTimeOffset? SubmittedAt { get; init; }

    public bool Late { get; init; }

    public string? Verdict { get; init; }
}
