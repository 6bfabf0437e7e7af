namespace Roadmap.Bot.Cohorts;

/// <summary>
/// Where one member stands in a cohort, all time, counted by the database from the standing index: by
/// score (milestones done + challenge submissions accepted), among the members who share their
/// progress, ties sharing a place, members with a score of zero on no place.
/// </summary>
internal sealed class CohortStanding
{
    public bool IsMember { get; init; }

    /// <summary>Their milestones done (0 when not a member).</summary>
    public int Done { get; init; }

    /// <summary>Their accepted, on-time, current submissions to the cohort's challenges.</summary>
    public int Accepted { get; init; }

    public int Score => Done + Accepted;

    /// <summary>They share their progress (visibility not private).</summary>
    public bool Shares { get; init; }

    /// <summary>Everyone in the cohort.</summary>
    public int Members { get; init; }

    /// <summary>Members who share their progress.</summary>
    public int Sharing { get; init; }

    /// <summary>Members who share with a score above zero: the places there are.</summary>
    public int Placed { get; init; }

    /// <summary>Members who share with a higher score.</summary>
    public int Ahead { get; init; }

    /// <summary>Members who share with the same score (themselves included when they share).</summary>
    public int Level { get; init; }

    /// <summary>Their place among those who share: one more than those ahead, so ties share it.</summary>
    public int Place => Ahead + 1;
}
