namespace Roadmap.Bot.Cohorts;

/// <summary>A row of <c>challenge_members</c>: the member joined the challenge.</summary>
internal sealed record ChallengeMemberRow
{
    public required long ChallengeId { get; init; }

    public required ulong GuildId { get; init; }

    public required ulong MemberId { get; init; }

    public DateTimeOffset JoinedAt { get; init; }
}
