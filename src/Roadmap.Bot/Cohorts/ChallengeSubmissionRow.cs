namespace Roadmap.Bot.Cohorts;

/// <summary>A row of <c>challenge_submissions</c>: one link a member submitted, current or replaced.</summary>
internal sealed record ChallengeSubmissionRow
{
    public required long Id { get; init; }

    public required ulong GuildId { get; init; }

    public required long ChallengeId { get; init; }

    public required ulong MemberId { get; init; }

    public required string Link { get; init; }

    public string? Note { get; init; }

    public DateTimeOffset SubmittedAt { get; init; }

    public bool Late { get; init; }

    /// <summary>accepted or needs_work once a moderator reviewed it.</summary>
    public string? Verdict { get; init; }

    public string? Feedback { get; init; }

    public DateTimeOffset? ReviewedAt { get; init; }

    /// <summary>When a later submission replaced this one; null for the current one.</summary>
    public DateTimeOffset? ReplacedAt { get; init; }
}
