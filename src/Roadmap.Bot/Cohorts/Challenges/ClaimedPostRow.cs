namespace Roadmap.Bot.Cohorts.Challenges;

/// <summary>A challenge's scheduled post (its reminders or its results) as claimed in <c>cohort_posts</c>.</summary>
internal sealed record ClaimedPostRow
{
    public required ulong GuildId { get; init; }

    /// <summary>The challenge (the cohort, for a weekly digest).</summary>
    public required long SubjectId { get; init; }

    public DateTimeOffset DueAt { get; init; }

    public DateTimeOffset ClaimedAt { get; init; }

    public bool Late { get; init; }
}
