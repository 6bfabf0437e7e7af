using Roadmap.Discord.Models;

namespace Roadmap.Discord.Interactions;

/// <summary>Who used the bot and where: `member.user` in a server, `user` in a DM.</summary>
public sealed record Caller(ulong UserId, string DisplayName, ulong? GuildId, ulong? ChannelId, GuildMember? Member)
{
    public bool IsInServer => GuildId is not null;

    public static Caller From(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var user = interaction.Invoker ?? throw new ArgumentException("The interaction names no user.", nameof(interaction));
        return new Caller(user.Id, interaction.Member?.Nick ?? user.DisplayName, interaction.GuildId, interaction.ChannelId ?? interaction.Channel?.Id, interaction.Member);
    }
}
