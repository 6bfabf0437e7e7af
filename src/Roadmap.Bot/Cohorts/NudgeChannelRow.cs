namespace Roadmap.Bot.Cohorts;

/// <summary>A server and its nudge channel, as the rule for a member's nudge channel reads them.</summary>
internal sealed class NudgeChannelRow
{
    public ulong GuildId { get; init; }

    public ulong ChannelId { get; init; }
}
