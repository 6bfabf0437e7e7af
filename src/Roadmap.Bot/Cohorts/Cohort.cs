namespace Roadmap.Bot.Cohorts;

/// <summary>A study group in one server (a row of <c>cohorts</c>).</summary>
internal sealed record Cohort
{
    public required long Id { get; init; }

    public required ulong GuildId { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    public DateTimeOffset StartsAt { get; init; }

    public DateTimeOffset? EndsAt { get; init; }

    /// <summary>Where its challenges, digests and results are posted.</summary>
    public ulong? ChannelId { get; init; }

    public ulong? RoleId { get; init; }

    public DateTimeOffset? ArchivedAt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public bool IsArchived => ArchivedAt is not null;
}
