namespace Roadmap.Bot.Cohorts.Digests;

/// <summary>How many members have a current submission to one challenge.</summary>
internal sealed class SubmittedCount
{
    public long ChallengeId { get; init; }

    public int Submitted { get; init; }
}
