namespace Roadmap.Bot.Cohorts.Challenges;

/// <summary>One member's place on a board: members with the same score share a rank.</summary>
internal sealed record BoardEntry(int Rank, ulong MemberId, int Score);
