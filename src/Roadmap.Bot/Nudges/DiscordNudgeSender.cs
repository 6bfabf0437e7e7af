using Microsoft.Extensions.Logging;
using Roadmap.Discord.Models;
using Roadmap.Discord.Rest;

namespace Roadmap.Bot.Nudges;

/// <summary>
/// Delivers nudges as direct messages on Discord. It needs only the REST client, so it lives with
/// the feature; <c>AddDiscordBot</c> registers it, so it exists only when the bot runs on Discord.
/// The member's DM channel is opened only when the sweep has none kept (or Discord no longer knows
/// the kept one), and the channel used goes back in the delivery for the sweep to keep. Each message carries the nudge's nonce with
/// enforce_nonce, so a resend after a crash is answered with the first message, never a second.
/// </summary>
internal sealed partial class DiscordNudgeSender(NudgeComposer composer, IDiscordRestClient rest, ILogger<DiscordNudgeSender> logger) : INudgeSender
{
    public const string DmsClosedReason = "The member's direct messages are closed to the bot (Discord error 50007).";

    /// <summary>The REST client's stop: its 401, 403 and 429 answers of the last ten minutes near Discord's ban.</summary>
    public DateTimeOffset? StoppedUntil => rest.InvalidRequestStopUntil;

    public async Task<NudgeDelivery> SendAsync(DueNudge nudge, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nudge);
        var composed = await composer.ComposeAsync(nudge, cancellationToken);
        var data = composed.Message.ToResponseData();
        var body = new MessageBody
        {
            Content = data.Content,
            Embeds = data.Embeds,
            Components = data.Components,
            AllowedMentions = data.AllowedMentions ?? AllowedMentions.None,
            Nonce = NudgeNonce.For(nudge.MemberId, nudge.DueAt),
            EnforceNonce = true,
        };

        var channelId = nudge.DmChannelId;
        try
        {
            channelId ??= await OpenDmAsync(nudge.MemberId, cancellationToken);
            Message message;
            try
            {
                message = await rest.CreateMessageAsync(channelId.Value, body, cancellationToken);
            }
            catch (DiscordRestException ex) when (ex.Code == DiscordErrorCodes.UnknownChannel && nudge.DmChannelId is not null)
            {
                // The kept channel is gone on Discord's side: open the member's DM again, once. Nothing
                // was created in the old channel, so sending there anew cannot make a second message.
                LogChannelGone(logger, nudge.MemberId);
                channelId = await OpenDmAsync(nudge.MemberId, cancellationToken);
                message = await rest.CreateMessageAsync(channelId.Value, body, cancellationToken);
            }

            return new NudgeDelivery(NudgeDeliveryOutcome.Sent, MessageId: message.Id, DmChannelId: channelId, MilestoneId: composed.MilestoneId);
        }
        catch (DiscordRestException ex) when (ex.Code == DiscordErrorCodes.CannotSendMessagesToThisUser)
        {
            LogDmsClosed(logger, nudge.MemberId);
            return new NudgeDelivery(NudgeDeliveryOutcome.DmsClosed, ex.Code, DmsClosedReason, DmChannelId: channelId, MilestoneId: composed.MilestoneId);
        }
        catch (DiscordRestException ex)
        {
            // Any other refusal, a rejected token included: the sweep records it with the code and goes on.
            LogFailed(logger, ex, nudge.MemberId, ex.Code);
            var reason = string.IsNullOrWhiteSpace(ex.DiscordMessage) ? ex.Message : ex.DiscordMessage;
            return new NudgeDelivery(NudgeDeliveryOutcome.Failed, ex.Code == 0 ? null : ex.Code, reason, DmChannelId: channelId, MilestoneId: composed.MilestoneId);
        }
    }

    // No nonce: the member asked just now and waits for the answer; nothing resends it after a crash.
    public Task<NudgeDelivery> ConfirmAsync(ulong memberId, ulong? dmChannelId, string text, CancellationToken cancellationToken) =>
        DeliverAsync(memberId, dmChannelId, new MessageBody { Content = text, AllowedMentions = AllowedMentions.None }, cancellationToken);

    public Task<NudgeDelivery> RemindAsync(ulong memberId, ulong? dmChannelId, string text, string nonce, CancellationToken cancellationToken) =>
        DeliverAsync(memberId, dmChannelId, new MessageBody { Content = text, AllowedMentions = AllowedMentions.None, Nonce = nonce, EnforceNonce = true }, cancellationToken);

    private async Task<NudgeDelivery> DeliverAsync(ulong memberId, ulong? dmChannelId, MessageBody body, CancellationToken cancellationToken)
    {
        var channelId = dmChannelId;
        try
        {
            channelId ??= await OpenDmAsync(memberId, cancellationToken);
            Message message;
            try
            {
                message = await rest.CreateMessageAsync(channelId.Value, body, cancellationToken);
            }
            catch (DiscordRestException ex) when (ex.Code == DiscordErrorCodes.UnknownChannel && dmChannelId is not null)
            {
                LogChannelGone(logger, memberId);
                channelId = await OpenDmAsync(memberId, cancellationToken);
                message = await rest.CreateMessageAsync(channelId.Value, body, cancellationToken);
            }

            return new NudgeDelivery(NudgeDeliveryOutcome.Sent, MessageId: message.Id, DmChannelId: channelId);
        }
        catch (DiscordRestException ex) when (ex.Code == DiscordErrorCodes.CannotSendMessagesToThisUser)
        {
            LogDmsClosed(logger, memberId);
            return new NudgeDelivery(NudgeDeliveryOutcome.DmsClosed, ex.Code, DmsClosedReason, DmChannelId: channelId);
        }
        catch (DiscordRestException ex)
        {
            LogFailed(logger, ex, memberId, ex.Code);
            var reason = string.IsNullOrWhiteSpace(ex.DiscordMessage) ? ex.Message : ex.DiscordMessage;
            return new NudgeDelivery(NudgeDeliveryOutcome.Failed, ex.Code == 0 ? null : ex.Code, reason, DmChannelId: channelId);
        }
    }

    private async Task<ulong> OpenDmAsync(ulong memberId, CancellationToken cancellationToken) =>
        (await rest.CreateDmChannelAsync(memberId, cancellationToken)).Id;

    [LoggerMessage(Level = LogLevel.Information, Message = "The DM channel kept for member {MemberId} is unknown to Discord; opening it again")]
    private static partial void LogChannelGone(ILogger logger, ulong memberId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Member {MemberId} does not accept direct messages (50007); the message was not sent")]
    private static partial void LogDmsClosed(ILogger logger, ulong memberId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord refused the direct message to member {MemberId} (error {Code})")]
    private static partial void LogFailed(ILogger logger, Exception exception, ulong memberId, int code);
}
