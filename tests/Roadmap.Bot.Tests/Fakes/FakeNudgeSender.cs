using System.Collections.Concurrent;
using Roadmap.Bot.Nudges;

namespace Roadmap.Bot.Tests.Fakes;

/// <summary>
/// An <see cref="INudgeSender"/> that keeps every nudge it is handed, in order, and answers with
/// <see cref="Answer"/> (sent, by default, with a message and DM channel id). <see cref="OnSend"/>
/// runs first, so a test can act between the claim and the answer or simulate a crash by throwing.
/// </summary>
internal sealed class FakeNudgeSender : INudgeSender
{
    public const ulong DmChannelId = 7_000;

    private readonly ConcurrentQueue<DueNudge> _received = new();
    private readonly ConcurrentQueue<(ulong MemberId, string Text)> _confirmations = new();
    private readonly TaskCompletionSource<DueNudge> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<DueNudge> Received => _received.ToList();

    /// <summary>What the sweep reads before each claim and send; a test sets it to stand for Discord's stop.</summary>
    public DateTimeOffset? StoppedUntil { get; set; }

    /// <summary>Completes with the first nudge handed over.</summary>
    public Task<DueNudge> FirstReceived => _first.Task;

    public Func<DueNudge, NudgeDelivery> Answer { get; set; } =
        nudge => new NudgeDelivery(NudgeDeliveryOutcome.Sent, MessageId: 9_000 + nudge.MemberId, DmChannelId: DmChannelId, MilestoneId: "http-basics");

    /// <summary>The plain messages handed over (such as the confirmation of /nudges on), in order.</summary>
    public IReadOnlyList<(ulong MemberId, string Text)> Confirmations => _confirmations.ToList();

    /// <summary>How a plain message is answered: sent, by default, with no channel to keep (so the sweep's tests see their own).</summary>
    public Func<ulong, NudgeDelivery> ConfirmAnswer { get; set; } =
        memberId => new NudgeDelivery(NudgeDeliveryOutcome.Sent, MessageId: 8_000 + memberId);

    public Func<DueNudge, Task> OnSend { get; set; } = _ => Task.CompletedTask;

    public async Task<NudgeDelivery> SendAsync(DueNudge nudge, CancellationToken cancellationToken)
    {
        _received.Enqueue(nudge);
        _first.TrySetResult(nudge);
        await OnSend(nudge);
        return Answer(nudge);
    }

    public Task<NudgeDelivery> ConfirmAsync(ulong memberId, ulong? dmChannelId, string text, CancellationToken cancellationToken)
    {
        _confirmations.Enqueue((memberId, text));
        return Task.FromResult(ConfirmAnswer(memberId));
    }

    /// <summary>A refusal because the member's direct messages are closed, as Discord answers it.</summary>
    public static NudgeDelivery DmsClosed(DueNudge nudge) =>
        new(NudgeDeliveryOutcome.DmsClosed, ErrorCode: 50007, Reason: "Cannot send messages to this user", DmChannelId: DmChannelId);
}
