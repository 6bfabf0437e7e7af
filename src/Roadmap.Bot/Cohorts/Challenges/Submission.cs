namespace Roadmap.Bot.Cohorts.Challenges;

/// <summary>A member's submission to a challenge (a row of <c>challenge_submissions</c>); a replaced one has <see cref="ReplacedAt"/>.</summary>
internal sealed record Submission
{
    public required long Id { get; init; }

    public required ulong GuildId { get; init; }

    public required long ChallengeId { get; init; }

    public required ulong MemberId { get; init; }

    public required string Link { get; init; }

    public string? Note { get; init; }

    public DateTimeOffset SubmittedAt { get; init; }

    /// <summary>Submitted after the due date: kept and reviewed, but it does not rank.</summary>
    public bool Late { get; init; }

    /// <summary><see cref="Verdicts.Accepted"/>, <see cref="Verdicts.NeedsWork"/>, or null before a review.</summary>
    public string? Verdict { get; init; }

    public string? Feedback { get; init; }

    public DateTimeOffset? ReviewedAt { get; init; }

    public DateTimeOffset? ReplacedAt { get; init; }
}
