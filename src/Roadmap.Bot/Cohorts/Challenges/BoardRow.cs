namespace Roadmap.Bot.Cohorts.Challenges;

/// <summary>A current submission as the board reads it: who, the link, and whether it counts.</summary>
internal sealed record BoardRow
{
    public required ulong MemberId { get; init; }

    public required string Link { get; init; }

    public bool Late { get; init; }

    public string? Verdict { get; init; }

    public DateTimeOffset SubmittedAt { get; init; }

    /// <summary>The member's visibility as stored: private ones are left off the board, only counted.</summary>
    public required string Visibility { get; init; }
}
