namespace Roadmap.Bot.Cohorts;

/// <summary>A scheduled post of the server that failed (a row of <c>cohort_posts</c> in state failed), with what it was about.</summary>
internal sealed class FailedPostRow
{
    /// <summary>results, reminder, digest or nudge.</summary>
    public required string Kind { get; init; }

    /// <summary>The challenge, the cohort (digest) or the member (nudge) it was about.</summary>
    public ulong SubjectId { get; init; }

    /// <summary>The challenge's title (results, reminder) or the cohort's name (digest); null when it no longer exists.</summary>
    public string? Subject { get; init; }

    /// <summary>The challenge's cohort; null for a digest, whose subject is the cohort.</summary>
    public string? CohortName { get; init; }

    public DateTimeOffset DueAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    public int? ErrorCode { get; init; }

    public string? Reason { get; init; }
}
