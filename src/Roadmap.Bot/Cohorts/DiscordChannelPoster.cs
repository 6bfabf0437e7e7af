using Microsoft.Extensions.Logging;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;
using Roadmap.Discord.Rest;

namespace Roadmap.Bot.Cohorts;

/// <summary>
/// Posts in a channel through the REST client, as <c>DiscordNudgeSender</c> sends DMs. It needs only
/// the REST client, so it lives with the feature; <c>AddDiscordBot</c> registers it.
/// </summary>
internal sealed partial class DiscordChannelPoster(IDiscordRestClient rest, ILogger<DiscordChannelPoster> logger) : IChannelPoster
{
    public async Task<ChannelPost> PostAsync(ulong channelId, Reply message, string? nonce, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = Body(message) with { Nonce = nonce, EnforceNonce = nonce is null ? null : true };
        try
        {
            var posted = message.File is { } file
                ? await rest.CreateMessageAsync(channelId, body, file.ToDiscordFile(), cancellationToken)
                : await rest.CreateMessageAsync(channelId, body, cancellationToken);
            return new ChannelPost(ChannelPostOutcome.Posted, posted.Id);
        }
        catch (DiscordRestException ex)
        {
            return Refused(ex, channelId);
        }
    }

    public async Task<ChannelPost> EditAsync(ulong channelId, ulong messageId, Reply message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            var edited = await rest.EditMessageAsync(channelId, messageId, Body(message), cancellationToken);
            return new ChannelPost(ChannelPostOutcome.Posted, edited.Id);
        }
        catch (DiscordRestException ex)
        {
            return Refused(ex, channelId);
        }
    }

    /// <summary>What a channel message carries of a reply: content, embeds, buttons, and mentions off unless it says otherwise.</summary>
    private static MessageBody Body(Reply message)
    {
        var data = message.ToResponseData();
        return new MessageBody
        {
            Content = data.Content,
            Embeds = data.Embeds,
            Components = data.Components,
            AllowedMentions = data.AllowedMentions ?? AllowedMentions.None,
        };
    }

    private ChannelPost Refused(DiscordRestException ex, ulong channelId)
    {
        LogRefused(logger, ex, channelId, ex.Code);
        var outcome = ex.Code switch
        {
            DiscordErrorCodes.MissingAccess => ChannelPostOutcome.MissingAccess,
            DiscordErrorCodes.MissingPermissions => ChannelPostOutcome.MissingPermissions,
            _ => ChannelPostOutcome.Failed,
        };
        var reason = string.IsNullOrWhiteSpace(ex.DiscordMessage) ? ex.Message : ex.DiscordMessage;
        return new ChannelPost(outcome, ErrorCode: ex.Code == 0 ? null : ex.Code, Reason: reason);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord refused a post in channel {ChannelId} (error {Code})")]
    private static partial void LogRefused(ILogger logger, Exception exception, ulong channelId, int code);
}
