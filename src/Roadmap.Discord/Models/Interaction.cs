using System.Text;

namespace Roadmap.Discord.Models;

/// <summary>
/// An incoming interaction (INTERACTION_CREATE). Partial payloads parse: every field but the
/// type may be missing. <see cref="ToString"/> leaves the token out so logging one cannot leak it.
/// </summary>
public sealed record Interaction
{
    public ulong Id { get; init; }

    public ulong ApplicationId { get; init; }

    public InteractionType Type { get; init; }

    public InteractionData? Data { get; init; }

    public ulong? GuildId { get; init; }

    public Channel? Channel { get; init; }

    public ulong? ChannelId { get; init; }

    /// <summary>The invoking member, sent in guilds.</summary>
    public GuildMember? Member { get; init; }

    /// <summary>The invoking user, sent in DMs.</summary>
    public User? User { get; init; }

    /// <summary>The secret that authorizes the callback and follow-ups for 15 minutes.</summary>
    public string Token { get; init => field = value ?? ""; } = "";

    public int Version { get; init; }

    /// <summary>The message a component sat on, for component interactions.</summary>
    public Message? Message { get; init; }

    public string? Locale { get; init; }

    public string? GuildLocale { get; init; }

    /// <summary>The bot's permissions in the channel, a decimal bitset string.</summary>
    public string? AppPermissions { get; init; }

    /// <summary>0 guild, 1 bot DM, 2 private channel.</summary>
    public int? Context { get; init; }

    /// <summary>Whoever invoked the interaction, in a guild or in a DM.</summary>
    public User? Invoker => Member?.User ?? User;

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Id = ").Append(Id)
            .Append(", ApplicationId = ").Append(ApplicationId)
            .Append(", Type = ").Append(Type)
            .Append(", Name = ").Append(Data?.Name ?? Data?.CustomId)
            .Append(", GuildId = ").Append(GuildId)
            .Append(", ChannelId = ").Append(ChannelId)
            .Append(", InvokerId = ").Append(Invoker?.Id);
        return true;
    }
}
