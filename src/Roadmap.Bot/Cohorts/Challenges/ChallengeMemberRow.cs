namespace Roadmap.Bot.Cohorts.Challenges;

/// <summary>A member who joined a challenge (a row of <c>challenge_members</c>), as <c>/privacy export</c> shows it.</summary>
internal sealed record ChallengeMemberRow
{
    public required long ChallengeId { get; init; }

    public required ulong GuildId { get; init; }

    public required ulong MemberId { get; init; }

    public DateTimeOffset JoinedAt { get; init; }
}
