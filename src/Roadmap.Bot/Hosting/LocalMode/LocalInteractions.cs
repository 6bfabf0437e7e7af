using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Hosting.LocalMode;

/// <summary>
/// Builds the interactions Discord would send for the local member: a command typed in local mode's
/// one server (<see cref="LocalMember.ServerId"/>), where the member has Manage Server, and clicks on
/// components of the messages local mode has shown.
/// </summary>
internal sealed class LocalInteractions(LocalMember member)
{
    /// <summary>Discord's id for a server as the interaction's context.</summary>
    private const int GuildContext = 0;

    private ulong _lastId;

    public LocalMember Member => member;

    public Interaction Command(InteractionData data) => New(InteractionType.ApplicationCommand, data, message: null);

    public Interaction Click(LocalAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var data = new InteractionData
        {
            CustomId = action.CustomId,
            ComponentType = action.Kind,
            Values = action.Value is null ? null : [action.Value],
        };
        return New(InteractionType.MessageComponent, data, action.Source);
    }

    /// <summary>
    /// The message a reply became, so a later click can carry it as Discord does. A reply that
    /// updates the message it was clicked on keeps that message's id, as an edit does on Discord.
    /// </summary>
    public Message MessageFor(Reply reply, Message? clicked)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return new Message
        {
            Id = reply.UpdatesMessage && clicked is not null ? clicked.Id : NextId(),
            Content = reply.Content ?? "",
            Embeds = reply.Embeds,
            Components = [.. reply.Components],
            Flags = reply.Ephemeral ? MessageFlags.Ephemeral : null,
        };
    }

    private Interaction New(InteractionType type, InteractionData data, Message? message) => new()
    {
        Id = NextId(),
        Type = type,
        Data = data,
        GuildId = LocalMember.ServerId,
        ChannelId = LocalMember.ChannelId,
        Member = member.ToGuildMember(),
        Context = GuildContext,
        Message = message,
        Version = 1,
    };

    private ulong NextId() => Interlocked.Increment(ref _lastId);
}
