using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Roadmap.Bot.Persistence;

namespace Roadmap.Bot.Nudges;

/// <summary>
/// Sends the nudges that are due, exactly once each: claims them in one transaction (committed as
/// <c>sending</c> before anything goes out), then hands each to the <see cref="INudgeSender"/> and
/// records what happened. The first run recovers what a previous process left half done. When the
/// member's direct messages are closed (50007) and a server they use has a nudge channel
/// (<see cref="INudgeChannel"/>), the nudge is posted there instead, once, and their nudges go on;
/// otherwise, or when that post fails too, their nudges pause as before. While they go to the channel,
/// the DM is tried again only every fourth week (<see cref="TriesDirectMessage"/>), not refused weekly.
/// </summary>
internal sealed partial class NudgeSweep(
    NudgeSweepStore store,
    INudgeSender sender,
    IOptions<NudgeOptions> options,
    TimeProvider time,
    ILogger<NudgeSweep> logger,
    INudgeChannel? nudgeChannel = null)
{
    /// <summary>
    /// How young a nudge left <c>sending</c> by a crash must be to be sent again: Discord recognises a
    /// repeated nonce only for a few minutes, after which a resend could be a second message.
    /// </summary>
    public static readonly TimeSpan ResendWithin = TimeSpan.FromMinutes(2);

    /// <summary>Why a held-back nudge is recorded skipped when the member changed their nudges meanwhile.</summary>
    public const string ReleasedReason = "held back while Discord was refusing too many of the bot's requests, and your nudge settings changed since";

    /// <summary>Why a nudge left sending by the previous run is not resent during a stop.</summary>
    public const string GivenUpReason = "not resent: Discord was refusing too many of the bot's requests, and by the time it could be resent it might arrive twice";

    /// <summary>Why the DM was not tried for a nudge that went to the nudge channel.</summary>
    public const string KeptInChannelReason = "Your previous nudge went to the nudge channel because your direct messages were closed; they are tried again every fourth week.";

    private volatile bool _recovered;
    private DateTimeOffset? _stopNoticed;

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
        for (var i = 0; i < retry.Count; i++)
        {
            if (sender.StoppedUntil is { } until)
            {
                // The previous run may have sent these; after the stop a resend could be a second message.
                var rest = retry.Skip(i).ToList();
                NoticeStop(until, heldBack: 0);
                await store.GiveUpAsync(rest, StoredTime.Now(time), GivenUpReason, cancellationToken);
                LogGivenUp(logger, rest.Count, until);
                return i;
            }

            LogResending(logger, retry[i].MemberId, retry[i].DueAt);
            await DeliverAsync(retry[i], cancellationToken);
        }

        return retry.Count;
    }

    /// <summary>
    /// Claims the due members and sends their nudges, one per member at most. While the sender is
    /// stopped nothing is claimed, and a stop that comes in mid-sweep puts the nudges not yet sent back
    /// (<see cref="NudgeSweepStore.ReleaseAsync"/>) for the first sweep after it.
    /// </summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        if (sender.StoppedUntil is { } stopped)
        {
            NoticeStop(stopped, heldBack: 0);
            return 0;
        }

        var settings = options.Value;
        // One sweep missed is ordinary (a slow sweep, a misfire); more means the bot was away.
        var lateAfter = settings.SweepInterval * 2;
        var claimed = await store.ClaimAsync(StoredTime.Now(time), settings.CatchUpWindow, lateAfter, cancellationToken);
        for (var i = 0; i < claimed.Count; i++)
        {
            if (sender.StoppedUntil is { } until)
            {
                var rest = claimed.Skip(i).ToList();
                await store.ReleaseAsync(rest, StoredTime.Now(time), ReleasedReason, cancellationToken);
                NoticeStop(until, rest.Count);
                return i;
            }

            await DeliverAsync(claimed[i], cancellationToken);
        }

        return claimed.Count;
    }

    // Once per stop: the Critical line is what a self-hoster needs to see, not one per sweep or nudge.
    private void NoticeStop(DateTimeOffset until, int heldBack)
    {
        if (_stopNoticed != until)
        {
            _stopNoticed = until;
            LogStopped(logger, until, heldBack);
        }
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
            delivery = nudgeChannel is not null && !TriesDirectMessage(nudge.DueAt) && await store.PreviousWentToChannelAsync(nudge, cancellationToken)
                ? new NudgeDelivery(NudgeDeliveryOutcome.DmsClosed, Reason: KeptInChannelReason, DmChannelId: nudge.DmChannelId)
                : await sender.SendAsync(nudge, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One member's fault must not hold up the others; the row says it failed, and why.
            LogSendFault(logger, e, nudge.MemberId, nudge.DueAt);
            delivery = new NudgeDelivery(NudgeDeliveryOutcome.Failed, Reason: "the bot could not send it: " + e.GetType().Name);
        }

        if (delivery.Outcome == NudgeDeliveryOutcome.DmsClosed && nudgeChannel is not null)
        {
            delivery = await InNudgeChannelAsync(nudgeChannel, nudge, delivery, cancellationToken);
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

    /// <summary>
    /// Whether a nudge due at <paramref name="dueAt"/> tries the member's DM even though their previous
    /// one went to the nudge channel: in every fourth ISO week (weeks 4, 8, …, 52). A closed DM costs a
    /// refused request, which Discord counts towards its ban on invalid requests, so a member with closed
    /// DMs costs one a month instead of one a week, and opening DMs brings nudges back there within a
    /// month. It depends on the due time alone, so a resend after a crash decides the same way.
    /// </summary>
    public static bool TriesDirectMessage(DateTimeOffset dueAt) => System.Globalization.ISOWeek.GetWeekOfYear(dueAt.UtcDateTime) % 4 == 0;

    /// <summary>
    /// The nudge the member's DMs refused, posted in the nudge channel the rule picks. The channel is
    /// written on the nudge's row first, so a resend after a crash uses the same channel and nonce.
    /// Returns the delivery to record: sent (nudges go on), or the DM's refusal (nudges pause).
    /// </summary>
    private async Task<NudgeDelivery> InNudgeChannelAsync(INudgeChannel to, DueNudge nudge, NudgeDelivery refused, CancellationToken cancellationToken)
    {
        if (await to.ChooseAsync(nudge.MemberId, cancellationToken) is not { } chosen
            || await store.PinChannelAsync(nudge, chosen, cancellationToken) is not { } target)
        {
            return refused;
        }

        NudgeChannelPost post;
        try
        {
            post = await to.PostAsync(nudge, target, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogChannelFault(logger, e, nudge.MemberId, target.ChannelId);
            return refused with { Reason = $"{refused.Reason} Posting it in the nudge channel failed too." };
        }

        if (!post.IsPosted)
        {
            LogChannelRefused(logger, nudge.MemberId, target.ChannelId, target.GuildId, post.ErrorCode, post.Reason);
            var code = post.ErrorCode is { } refusedWith ? $" (Discord error {refusedWith})" : "";
            return refused with { Reason = $"{refused.Reason} The nudge channel refused it too{code}." };
        }

        LogInChannel(logger, nudge.MemberId, target.ChannelId, target.GuildId);
        return new NudgeDelivery(
            NudgeDeliveryOutcome.Sent,
            Reason: $"posted in the nudge channel {target.Mention}: your direct messages are closed to me",
            MessageId: post.MessageId,
            DmChannelId: refused.DmChannelId,
            MilestoneId: post.MilestoneId ?? refused.MilestoneId);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Member {MemberId} does not accept direct messages (50007): their nudge was posted in the nudge channel {ChannelId} of server {GuildId}")]
    private static partial void LogInChannel(ILogger logger, ulong memberId, ulong channelId, ulong guildId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Member {MemberId} does not accept direct messages (50007), and the nudge channel {ChannelId} of server {GuildId} refused their nudge too: code {ErrorCode}, {Reason}")]
    private static partial void LogChannelRefused(ILogger logger, ulong memberId, ulong channelId, ulong guildId, int? errorCode, string? reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Posting the nudge for member {MemberId} in the nudge channel {ChannelId} failed")]
    private static partial void LogChannelFault(ILogger logger, Exception exception, ulong memberId, ulong channelId);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Discord refused nearly as many of the bot's requests (401, 403, 429) in 10 minutes as gets its IP banned (10,000; the stop comes at Discord:Rest:InvalidRequestStopThreshold): no nudges go out until {Until}; {HeldBack} claimed ones wait for the first sweep after it and will say they are late")]
    private static partial void LogStopped(ILogger logger, DateTimeOffset until, int heldBack);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not resending {Count} nudges the previous run left unsent: Discord stopped the bot's sending until {Until}, when a resend could arrive twice; they are recorded unknown")]
    private static partial void LogGivenUp(ILogger logger, int count, DateTimeOffset until);

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
