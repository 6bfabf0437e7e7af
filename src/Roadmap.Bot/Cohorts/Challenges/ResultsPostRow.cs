namespace Roadmap.Bot.Cohorts.Challenges;

/// <summary>A challenge's results post as claimed in <c>cohort_posts</c> (kind <c>results</c>).</summary>
internal sealed record ResultsPostRow
{
    public required ulong GuildId { get; init; }

    /// <summary>The challenge.</summary>
    public required long SubjectId { get; init; }

    public DateTimeOffset DueAt { get; init; }

    public DateTimeOffset ClaimedAt { get; init; }

    public bool Late { get; init; }
}
