using Roadmap.Discord.Models;

namespace Roadmap.Bot.Hosting.LocalMode;

/// <summary>
/// The one member who uses the bot in local mode. Every interaction typed in the terminal comes
/// from this user, in a one-server world where they are the moderator, so progress lands in the
/// database under <see cref="UserId"/> and <c>/mod</c> and <c>/cohort</c> work.
/// </summary>
internal sealed record LocalMember(ulong UserId, string DisplayName)
{
    /// <summary>
    /// Id 1 can never be a real Discord snowflake (those encode a 2015+ timestamp), so a database
    /// first used locally and later connected to Discord keeps the local rows apart from real members.
    /// </summary>
    public static LocalMember Default { get; } = new(1, "Local learner");

    /// <summary>
    /// Local mode's one server, where the local member is the moderator. Id 1, for the same reason
    /// as the member's: it can never collide with a real server's rows.
    /// </summary>
    public const ulong ServerId = 1;

    /// <summary>The channel every local command is typed in.</summary>
    public const ulong ChannelId = 1;

    /// <summary>Manage Server (MANAGE_GUILD), so the local member passes the moderator gate as a server's owner would.</summary>
    public const string Permissions = "32";

    public User ToUser() => new() { Id = UserId, Username = DisplayName, GlobalName = DisplayName };

    /// <summary>The member as a server sends it in an interaction: the user, and their permissions in the channel.</summary>
    public GuildMember ToGuildMember() => new() { User = ToUser(), Permissions = Permissions };
}
