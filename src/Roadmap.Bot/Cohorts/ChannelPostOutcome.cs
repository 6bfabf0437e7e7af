namespace Roadmap.Bot.Cohorts;

/// <summary>What became of a message the bot tried to post in a channel.</summary>
internal enum ChannelPostOutcome
{
    Posted,

    /// <summary>The bot cannot see the channel (Discord error 50001): it lacks View Channel there.</summary>
    MissingAccess,

    /// <summary>The bot sees the channel but may not post (50013): it lacks Send Messages or Embed Links there.</summary>
    MissingPermissions,

    /// <summary>Discord refused for another reason (the channel is gone, Discord is down, …).</summary>
    Failed,
}
