namespace Roadmap.Bot.Cohorts;

/// <summary>
/// One line of a cohort's export: a member of its roster with one of their current submissions to the
/// cohort's challenges, or with none (the submission's columns then empty).
/// </summary>
internal sealed class CohortExportRow
{
    public ulong MemberId { get; init; }

    public DateTimeOffset JoinedAt { get; init; }

    /// <summary>Milestones the member has done, as kept on their membership row.</summary>
    public int Done { get; init; }

    public string? TimeZone { get; init; }

    /// <summary>Their visibility is private: their progress and time zone stay out of the file.</summary>
    public bool IsPrivate { get; init; }

    public string? Challenge { get; init; }

    public string? Link { get; init; }

    public string? Note { get; init; }

    public DateTimeOffset? SubmittedAt { get; init; }

    public bool Late { get; init; }

    public string? Verdict { get; init; }

    public string? Feedback { get; init; }
}
