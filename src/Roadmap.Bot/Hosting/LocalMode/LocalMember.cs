using Roadmap.Discord.Models;

namespace Roadmap.Bot.Hosting.LocalMode;

/// <summary>
/// The one member who uses the bot in local mode. Every interaction typed in the terminal comes
/// from this user, so progress lands in the database under <see cref="UserId"/>.
/// </summary>
internal sealed record LocalMember(ulong UserId, string DisplayName)
{
    /// <summary>
    /// Id 1 can never be a real Discord snowflake (those encode a 2015+ timestamp), so a database
    /// first used locally and later connected to Discord keeps the local rows apart from real members.
    /// </summary>
    public static LocalMember Default { get; } = new(1, "Local learner");

    public User ToUser() => new() { Id = UserId, Username = DisplayName, GlobalName = DisplayName };
}
