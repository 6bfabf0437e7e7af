namespace Roadmap.Discord.Models;

/// <summary>A channel, full or partial. Type 1 is a DM; its <see cref="Recipients"/> name the user.</summary>
public sealed record Channel
{
    public ulong Id { get; init; }

    public int Type { get; init; }

    public ulong? GuildId { get; init; }

    public string? Name { get; init; }

    public ulong? ParentId { get; init; }

    public ulong? LastMessageId { get; init; }

    public IReadOnlyList<User>? Recipients { get; init; }

    /// <summary>The invoker's permissions, present on the partial channel of an interaction.</summary>
    public string? Permissions { get; init; }
}
