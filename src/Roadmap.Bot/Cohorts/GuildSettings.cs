namespace Roadmap.Bot.Cohorts;

/// <summary>A server's settings (a row of <c>guild_settings</c>); a server that never set any has the defaults.</summary>
internal sealed record GuildSettings
{
    public required ulong GuildId { get; init; }

    /// <summary>Where nudges go for members whose DMs are closed; none means they pause.</summary>
    public ulong? NudgeChannelId { get; init; }

    /// <summary>Members with this role may use <c>/mod</c>, besides those with Manage Server.</summary>
    public ulong? ModeratorRoleId { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
