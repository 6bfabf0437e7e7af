namespace Roadmap.Bot.Cohorts.Digests;

/// <summary>An active cohort with no digest recorded yet for a due time, in whichever server.</summary>
internal sealed record DueDigestRow
{
    public required ulong GuildId { get; init; }

    public required long CohortId { get; init; }
}
