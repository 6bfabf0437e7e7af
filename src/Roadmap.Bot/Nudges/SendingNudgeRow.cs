namespace Roadmap.Bot.Nudges;

/// <summary>A nudge left <c>sending</c> by a previous run, as start-up recovery reads it.</summary>
internal sealed class SendingNudgeRow
{
    public required ulong MemberId { get; init; }

    public required DateTimeOffset DueAt { get; init; }

    public bool Late { get; init; }

    public ulong? DmChannelId { get; init; }

    public bool AsksKeep { get; init; }
}
