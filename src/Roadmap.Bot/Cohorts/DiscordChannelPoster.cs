using Microsoft.Extensions.Logging;
using Roadmap.Discord.Models;
using Roadmap.Discord.Rest;

namespace Roadmap.Bot.Cohorts;

/// <summary>
/// Posts in a server's channel on Discord. An interaction only says what the bot may do in the channel
/// the command was typed in (<c>app_permissions</c>), so for any other channel the honest check is to
/// post and read Discord's answer: 50001 and 50013 say which permission is missing.
/// </summary>
internal sealed partial class DiscordChannelPoster(IDiscordRestClient rest, ILogger<DiscordChannelPoster> logger) : IChannelPoster
{
    public async Task<ChannelPost> PostAsync(ulong channelId, string text, CancellationToken cancellationToken)
    {
        var body = new MessageBody { Content = text, AllowedMentions = AllowedMentions.None };
        try
        {
            var message = await rest.CreateMessageAsync(channelId, body, cancellationToken);
            return new ChannelPost(ChannelPostOutcome.Posted, message.Id);
        }
        catch (DiscordRestException ex)
        {
            LogRefused(logger, ex, channelId, ex.Code);
            var outcome = ex.Code switch
            {
                DiscordErrorCodes.MissingAccess => ChannelPostOutcome.MissingAccess,
                DiscordErrorCodes.MissingPermissions => ChannelPostOutcome.MissingPermissions,
                _ => ChannelPostOutcome.Failed,
            };
            var reason = string.IsNullOrWhiteSpace(ex.DiscordMessage) ? ex.Message : ex.DiscordMessage;
            return new ChannelPost(outcome, Code: ex.Code == 0 ? null : ex.Code, Reason: reason);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord refused a message in channel {ChannelId} (error {Code})")]
    private static partial void LogRefused(ILogger logger, Exception exception, ulong channelId, int code);
}
