namespace Roadmap.Bot.Cohorts;

/// <summary>Where one member stands in a cohort, counted by the database from the standing index.</summary>
internal sealed class CohortStanding
{
    public bool IsMember { get; init; }

    /// <summary>Their milestones done (0 when not a member).</summary>
    public int Done { get; init; }

    /// <summary>They share their progress (visibility not private).</summary>
    public bool Shares { get; init; }

    /// <summary>Everyone in the cohort.</summary>
    public int Members { get; init; }

    /// <summary>Members who share their progress.</summary>
    public int Sharing { get; init; }

    /// <summary>Members who share and have done more.</summary>
    public int Ahead { get; init; }

    /// <summary>Members who share and have done exactly as many (themselves included when they share).</summary>
    public int Level { get; init; }

    /// <summary>Their place among those who share: one more than those ahead, so ties share it.</summary>
    public int Place => Ahead + 1;
}
