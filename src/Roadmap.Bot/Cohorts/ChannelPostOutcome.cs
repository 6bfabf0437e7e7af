namespace Roadmap.Bot.Cohorts;

internal enum ChannelPostOutcome
{
    Posted,

    /// <summary>The bot cannot see the channel (50001 Missing Access).</summary>
    MissingAccess,

    /// <summary>The bot sees the channel but may not post there, or not with embeds (50013 Missing Permissions).</summary>
    MissingPermissions,

    /// <summary>Any other refusal: the channel is gone, Discord failed, the terminal chat ended.</summary>
    Failed,
}
