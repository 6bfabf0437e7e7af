namespace Roadmap.Bot.Cohorts.Challenges;

/// <summary>A member who joined a challenge and has not submitted, with the DM channel kept for nudges.</summary>
internal sealed record ReminderRecipient
{
    public required ulong MemberId { get; init; }

    public ulong? DmChannelId { get; init; }
}
