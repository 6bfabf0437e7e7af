namespace Roadmap.Bot.Cohorts.Challenges;

/// <summary>A challenge posted to a cohort (a row of <c>challenges</c>, with what it needs of its cohort).</summary>
internal sealed record Challenge
{
    public required long Id { get; init; }

    public required ulong GuildId { get; init; }

    public required long CohortId { get; init; }

    public required string CohortName { get; init; }

    public DateTimeOffset? CohortArchivedAt { get; init; }

    public required string Title { get; init; }

    public string? Details { get; init; }

    public string? MilestoneId { get; init; }

    public string? ProjectId { get; init; }

    public DateTimeOffset DueAt { get; init; }

    public DateTimeOffset PostedAt { get; init; }

    /// <summary>Where the announcement went; null when the cohort has no channel.</summary>
    public ulong? ChannelId { get; init; }

    public ulong? MessageId { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public bool IsClosed => ClosedAt is not null;

    public bool IsCohortArchived => CohortArchivedAt is not null;
}
