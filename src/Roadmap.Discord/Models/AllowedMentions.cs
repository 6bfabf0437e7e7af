namespace Roadmap.Discord.Models;

/// <summary>
/// Which mentions in the content may ping. The default, <c>{"parse": []}</c>, pings nobody: every
/// message the bot sends carries it unless the caller deliberately allows a user.
/// </summary>
public sealed record AllowedMentions
{
    /// <summary>Pings nobody, not even users named in the content.</summary>
    public static AllowedMentions None { get; } = new();

    /// <summary>Mention kinds parsed from the content: "users", "roles", "everyone".</summary>
    public IReadOnlyList<string> Parse { get; init => field = value ?? []; } = [];

    public IReadOnlyList<ulong>? Users { get; init; }

    public IReadOnlyList<ulong>? Roles { get; init; }

    public bool? RepliedUser { get; init; }

    /// <summary>Pings exactly the given user and nobody else.</summary>
    public static AllowedMentions OnlyUser(ulong userId) => new() { Users = [userId] };
}
