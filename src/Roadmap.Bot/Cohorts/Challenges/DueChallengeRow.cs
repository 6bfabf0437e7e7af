namespace Roadmap.Bot.Cohorts.Challenges;

/// <summary>An open challenge whose due time has come, in whichever server.</summary>
internal sealed record DueChallengeRow
{
    public required ulong GuildId { get; init; }

    public required long Id { get; init; }

    public DateTimeOffset DueAt { get; init; }
}
