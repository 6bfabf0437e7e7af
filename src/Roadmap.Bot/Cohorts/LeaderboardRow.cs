namespace Roadmap.Bot.Cohorts;

/// <summary>
/// One row as <see cref="LeaderboardStore"/> reads it: a listed member who shares their progress, or
/// the summary row with the board's totals.
/// </summary>
internal sealed class LeaderboardRow
{
    /// <summary>The totals row rather than a member.</summary>
    public bool IsSummary { get; init; }

    public ulong MemberId { get; init; }

    /// <summary>Milestones done in the period (and still done); on the summary row, everyone's.</summary>
    public int Done { get; init; }

    /// <summary>Challenge submissions accepted in the period, on time and not replaced since; on the summary row, everyone's.</summary>
    public int Accepted { get; init; }

    public int Score => Done + Accepted;

    /// <summary>Summary row: members with a score above zero, private ones too.</summary>
    public int Members { get; init; }

    /// <summary>Summary row: of those, the ones who share their progress.</summary>
    public int Sharing { get; init; }
}
