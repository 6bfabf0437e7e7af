namespace Roadmap.Bot.Nudges;

/// <summary>The nudge channel written on a nudge's row before it is posted there.</summary>
internal sealed class PinnedChannelRow
{
    public ulong GuildId { get; init; }

    public ulong ChannelId { get; init; }
}
