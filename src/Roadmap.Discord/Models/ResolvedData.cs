using System.Text.Json;

namespace Roadmap.Discord.Models;

/// <summary>
/// The entities an interaction refers to. Keys are snowflake strings, as on the wire: the shared
/// snowflake converter reads values, not property names.
/// </summary>
public sealed record ResolvedData
{
    public IReadOnlyDictionary<string, User>? Users { get; init; }

    /// <summary>Partial members: no user, deaf or mute.</summary>
    public IReadOnlyDictionary<string, GuildMember>? Members { get; init; }

    public IReadOnlyDictionary<string, JsonElement>? Roles { get; init; }

    public IReadOnlyDictionary<string, Channel>? Channels { get; init; }

    public IReadOnlyDictionary<string, Message>? Messages { get; init; }

    public IReadOnlyDictionary<string, Attachment>? Attachments { get; init; }
}
