namespace Roadmap.Bot.Nudges;

/// <summary>One nudge the scheduler claimed and what became of it (a row of <c>nudges</c>).</summary>
internal sealed record NudgeRow
{
    public required ulong MemberId { get; init; }

    public required DateTimeOffset DueAt { get; init; }

    /// <summary>As stored: sending, sent, failed, skipped, missed or unknown.</summary>
    public required string State { get; init; }

    public DateTimeOffset ClaimedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>Sent after its time, once, because the bot was down when it was due.</summary>
    public bool Late { get; init; }

    public string? MilestoneId { get; init; }

    /// <summary>Discord's error code when sending failed, such as 50007 for closed DMs.</summary>
    public int? ErrorCode { get; init; }

    public string? Reason { get; init; }

    public ulong? MessageId { get; init; }

    /// <summary>This nudge asked "Keep these coming?" (<see cref="NudgeFatigue"/>).</summary>
    public bool AskedKeep { get; init; }

    /// <summary>The server whose nudge channel it went to because the member's DMs were closed; null for a DM.</summary>
    public ulong? GuildId { get; init; }

    /// <summary>That nudge channel; null for a DM.</summary>
    public ulong? ChannelId { get; init; }

    /// <summary>When the member pressed Keep under it.</summary>
    public DateTimeOffset? KeptAt { get; init; }
}
