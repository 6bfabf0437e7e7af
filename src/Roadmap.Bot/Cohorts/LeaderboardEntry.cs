namespace Roadmap.Bot.Cohorts;

/// <summary>A listed member: their place, milestones done and submissions accepted in the period.</summary>
internal sealed record LeaderboardEntry(int Place, ulong MemberId, int Done, int Accepted)
{
    public int Score => Done + Accepted;
}
