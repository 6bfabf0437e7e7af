namespace Roadmap.Bot.Cohorts;

/// <summary>One member of a cohort as the roster reads it: their progress, zone and whether they keep it private.</summary>
internal sealed class CohortRosterRow
{
    public ulong MemberId { get; init; }

    /// <summary>Milestones the member has done (an undone one no longer counts), as kept on their membership row.</summary>
    public int Done { get; init; }

    /// <summary>The IANA zone from <c>/profile</c>; none when they never set one.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Their visibility is private: their progress is theirs alone.</summary>
    public bool IsPrivate { get; init; }

    public DateTimeOffset JoinedAt { get; init; }
}
