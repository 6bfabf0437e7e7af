using System.Globalization;

namespace Roadmap.Discord.Models;

/// <summary>
/// A guild member. In interactions it carries <see cref="Permissions"/>; in resolved data the
/// <see cref="User"/> is absent.
/// </summary>
public sealed record GuildMember
{
    public User? User { get; init; }

    public string? Nick { get; init; }

    public IReadOnlyList<ulong> Roles { get; init => field = value ?? []; } = [];

    /// <summary>The member's permissions in the channel, a decimal bitset string.</summary>
    public string? Permissions { get; init; }

    public DateTimeOffset? JoinedAt { get; init; }

    public bool? Pending { get; init; }

    /// <summary>Whether the permission bits include every bit of <paramref name="permission"/>.</summary>
    public bool HasPermission(ulong permission) =>
        ulong.TryParse(Permissions, NumberStyles.None, CultureInfo.InvariantCulture, out var bits)
        && (bits & permission) == permission;
}
