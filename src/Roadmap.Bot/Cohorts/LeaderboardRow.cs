namespace Roadmap.Bot.Cohorts;

/// <summary>A member with at least one milestone done in the leaderboard's period.</summary>
internal sealed class LeaderboardRow
{
    public ulong MemberId { get; init; }

    public int Done { get; init; }

    /// <summary>Their visibility is private: counted, never named.</summary>
    public bool IsPrivate { get; init; }
}
