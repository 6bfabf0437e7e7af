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
    private readonly TaskCompletionSource<DueNudge> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<DueNudge> Received => _received.ToList();

    /// <summary>Completes with the first nudge handed over.</summary>
    public Task<DueNudge> FirstReceived => _first.Task;

    public Func<DueNudge, NudgeDelivery> Answer { get; set; } =
        nudge => new NudgeDelivery(NudgeDeliveryOutcome.Sent, MessageId: 9_000 + nudge.MemberId, DmChannelId: DmChannelId, MilestoneId: "http-basics");

    public Func<DueNudge, Task> OnSend { get; set; } = _ => Task.CompletedTask;

    public async Task<NudgeDelivery> SendAsync(DueNudge nudge, CancellationToken cancellationToken)
    {
        _received.Enqueue(nudge);
        _first.TrySetResult(nudge);
        await OnSend(nudge);
        return Answer(nudge);
    }

    /// <summary>A refusal because the member's direct messages are closed, as Discord answers it.</summary>
    public static NudgeDelivery DmsClosed(DueNudge nudge) =>
        new(NudgeDeliveryOutcome.DmsClosed, ErrorCode: 50007, Reason: "Cannot send messages to this user", DmChannelId: DmChannelId);
}
