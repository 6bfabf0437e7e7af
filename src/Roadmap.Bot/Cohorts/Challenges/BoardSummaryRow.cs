namespace Roadmap.Bot.Cohorts.Challenges;

/// <summary>
/// A row of the members' board as <see cref="ChallengeStore.MemberBoardAsync"/> reads it: a listed
/// member (accepted, on time, sharing), or the summary row with the counts.
/// </summary>
internal sealed class BoardSummaryRow
{
    public bool IsSummary { get; init; }

    public ulong MemberId { get; init; }

    public DateTimeOffset SubmittedAt { get; init; }

    public int Submitted { get; init; }

    public int Accepted { get; init; }

    public int Waiting { get; init; }

    public int Late { get; init; }

    /// <summary>Members who share with an accepted, on-time submission: everyone on the board.</summary>
    public int Ranked { get; init; }

    /// <summary>Members who keep their progress private with an accepted, on-time submission.</summary>
    public int Hidden { get; init; }
}
