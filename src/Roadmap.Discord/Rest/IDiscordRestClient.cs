using Roadmap.Discord.Models;

namespace Roadmap.Discord.Rest;

/// <summary>The Discord REST endpoints the bot uses.</summary>
public interface IDiscordRestClient
{
    /// <summary>
    /// Until when traffic that can wait (such as scheduled messages) should not be sent: set for ten
    /// minutes once the 401, 403 and 429 responses of the last ten minutes reach
    /// <see cref="DiscordRestOptions.InvalidRequestStopThreshold"/>, short of Discord's ban of the IP
    /// at 10,000; null otherwise. The client itself keeps sending whatever it is asked to.
    /// </summary>
    DateTimeOffset? InvalidRequestStopUntil { get; }

    Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGlobalCommandsAsync(
        ulong applicationId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken);

    Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGuildCommandsAsync(
        ulong applicationId, ulong guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken);

    /// <summary>Answers an interaction; the timing says when the answer left and when Discord accepted it.</summary>
    Task<CallbackTiming> CreateInteractionResponseAsync(
        ulong interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken);

    /// <summary>Answers with one file attached, sent as multipart/form-data.</summary>
    Task<CallbackTiming> CreateInteractionResponseAsync(
        ulong interactionId, string interactionToken, InteractionResponse response, DiscordFile file, CancellationToken cancellationToken);

    Task<Message> EditOriginalResponseAsync(
        ulong applicationId, string interactionToken, MessageBody body, CancellationToken cancellationToken);

    Task DeleteOriginalResponseAsync(ulong applicationId, string interactionToken, CancellationToken cancellationToken);

    Task<Message> CreateFollowupMessageAsync(
        ulong applicationId, string interactionToken, MessageBody body, CancellationToken cancellationToken);

    /// <summary>A follow-up with one file attached, sent as multipart/form-data.</summary>
    Task<Message> CreateFollowupMessageAsync(
        ulong applicationId, string interactionToken, MessageBody body, DiscordFile file, CancellationToken cancellationToken);

    /// <summary>Opens (or returns the existing) DM channel with a user.</summary>
    Task<Channel> CreateDmChannelAsync(ulong userId, CancellationToken cancellationToken);

    Task<Message> CreateMessageAsync(ulong channelId, MessageBody body, CancellationToken cancellationToken);

    /// <summary>Posts a message with one file, as multipart (payload_json and files[0]); the body's attachments name it unless it names them itself.</summary>
    Task<Message> CreateMessageAsync(ulong channelId, MessageBody body, DiscordFile file, CancellationToken cancellationToken);

    Task<Message> EditMessageAsync(ulong channelId, ulong messageId, MessageBody body, CancellationToken cancellationToken);
}
