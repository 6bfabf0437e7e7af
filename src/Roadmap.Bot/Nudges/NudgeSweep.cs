using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Roadmap.Bot.Persistence;

namespace Roadmap.Bot.Nudges;

/// <summary>
/// Sends the nudges that are due, exactly once each: claims them in one transaction (committed as
/// <c>sending</c> before anything goes out), then hands each to the <see cref="INudgeSender"/> and
/// records what happened. The first run recovers what a previous process left half done.
/// </summary>
internal sealed partial class NudgeSweep(NudgeSweepStore store, INudgeSender sender, IOptions<NudgeOptions> options, TimeProvider time, ILogger<NudgeSweep> logger)
{
    /// <summary>
    /// How young a nudge left <c>sending</c> by a crash must be to be sent again: Discord recognises a
    /// repeated nonce only for a few minutes, after which a resend could be a second message.
    /// </summary>
    public static readonly TimeSpan ResendWithin = TimeSpan.FromMinutes(2);

    private volatile bool _recovered;

    /// <summary>Start-up recovery on the first run, then a sweep. Returns how many nudges were handed to the sender.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        if (!_recovered)
        {
            sent += await RecoverAsync(cancellationToken);
            _recovered = true;
        }

        return sent + await SweepAsync(cancellationToken);
    }

    /// <summary>
    /// Resends, with the same due time (so the same nonce), the nudges a previous run claimed less
    /// than <see cref="ResendWithin"/> ago and never recorded; older ones become <c>unknown</c>.
    /// </summary>
    public async Task<int> RecoverAsync(CancellationToken cancellationToken)
    {
        var retry = await store.RecoverAsync(StoredTime.Now(time), ResendWithin, cancellationToken);
        foreach (var nudge in retry)
        {
            LogResending(logger, nudge.MemberId, nudge.DueAt);
            await DeliverAsync(nudge, cancellationToken);
        }

        return retry.Count;
    }

    /// <summary>Claims the due members and sends their nudges, one per member at most.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        // One sweep missed is ordinary (a slow sweep, a misfire); more means the bot was away.
        var lateAfter = settings.SweepInterval * 2;
        var claimed = await store.ClaimAsync(StoredTime.Now(time), settings.CatchUpWindow, lateAfter, cancellationToken);
        foreach (var nudge in claimed)
        {
            await DeliverAsync(nudge, cancellationToken);
        }

        return claimed.Count;
    }

    private async Task DeliverAsync(DueNudge nudge, CancellationToken cancellationToken)
    {
        // /privacy forget between the claim and now deleted the row: nothing goes to a forgotten member.
        if (!await store.IsStillSendingAsync(nudge, cancellationToken))
        {
            LogGone(logger, nudge.MemberId, nudge.DueAt);
            return;
        }

        NudgeDelivery delivery;
        try
        {
            delivery = await sender.SendAsync(nudge, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One member's fault must not hold up the others; the row says it failed, and why.
            LogSendFault(logger, e, nudge.MemberId, nudge.DueAt);
            delivery = new NudgeDelivery(NudgeDeliveryOutcome.Failed, Reason: "the bot could not send it: " + e.GetType().Name);
        }

        await store.RecordAsync(nudge, delivery, StoredTime.Now(time), cancellationToken);
        switch (delivery.Outcome)
        {
            case NudgeDeliveryOutcome.DmsClosed:
                LogDmsClosed(logger, nudge.MemberId);
                break;
            case NudgeDeliveryOutcome.Failed:
                LogFailed(logger, nudge.MemberId, nudge.DueAt, delivery.ErrorCode, delivery.Reason);
                break;
            default:
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Resending the nudge for member {MemberId} due {DueAt}, left unsent by the previous run")]
    private static partial void LogResending(ILogger logger, ulong memberId, DateTimeOffset dueAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Not sending the nudge for member {MemberId} due {DueAt}: the member was forgotten since it was claimed")]
    private static partial void LogGone(ILogger logger, ulong memberId, DateTimeOffset dueAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending the nudge for member {MemberId} due {DueAt} failed")]
    private static partial void LogSendFault(ILogger logger, Exception exception, ulong memberId, DateTimeOffset dueAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Member {MemberId} does not accept direct messages (50007): nudges paused until they turn them on again")]
    private static partial void LogDmsClosed(ILogger logger, ulong memberId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The nudge for member {MemberId} due {DueAt} was refused: code {ErrorCode}, {Reason}")]
    private static partial void LogFailed(ILogger logger, ulong memberId, DateTimeOffset dueAt, int? errorCode, string? reason);
}
