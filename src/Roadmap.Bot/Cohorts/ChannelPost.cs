namespace Roadmap.Bot.Cohorts;

/// <summary>The outcome of posting in a channel, with Discord's code and words when it refused.</summary>
internal sealed record ChannelPost(ChannelPostOutcome Outcome, ulong? MessageId = null, int? Code = null, string? Reason = null)
{
    public bool IsPosted => Outcome == ChannelPostOutcome.Posted;
}
