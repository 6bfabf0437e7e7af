using System.Diagnostics.Metrics;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Roadmap.Discord.Gateway;
using Roadmap.Discord.Json;
using Roadmap.Discord.Models;

namespace Roadmap.Discord.Rest;

/// <summary>
/// Discord's REST API over one <see cref="HttpClient"/>. Every call goes through the rate-limit,
/// retry and error handling of the pipeline; failures surface as <see cref="DiscordRestException"/>.
/// Its 429s are counted on <see cref="DiscordMeter"/> from the given meter factory, or on the
/// process-wide meter without one.
/// </summary>
public sealed class DiscordRestClient(
    HttpClient http, IOptions<DiscordRestOptions> options, TimeProvider time, ILogger<DiscordRestClient> logger, IMeterFactory? meterFactory = null)
    : IDiscordRestClient, IGatewayBotSource
{
    private readonly RestPipeline _pipeline = new(http, options.Value, time, new RestMetrics(DiscordMeter.From(meterFactory)), logger);

    /// <summary>401, 403 and 429 responses seen in the last ten minutes.</summary>
    public int RecentInvalidRequests => _pipeline.InvalidRequestCount;

    public DateTimeOffset? InvalidRequestStopUntil => _pipeline.InvalidRequestStopUntil;

    /// <summary>True once Discord has rejected the token; nothing is sent after that.</summary>
    public bool IsTokenRejected => _pipeline.IsTokenRejected;

    /// <summary>Sends any route and reads the JSON answer, a payload type of <see cref="DiscordJson"/>.</summary>
    public async Task<T> SendAsync<T>(DiscordRoute route, RestRequestBody? body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(route);
        using var response = await _pipeline.SendAsync(route, body, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadFromJsonAsync(DiscordJson.TypeInfo<T>(), cancellationToken).ConfigureAwait(false)
            ?? throw new DiscordRestException($"Discord answered {route} with an empty body.");
    }

    /// <summary>GET /gateway/bot: the gateway URL and the session start limit the gateway's IDENTIFY guard reads.</summary>
    public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        SendAsync<GatewayBotInfo>(DiscordRoute.Get("/gateway/bot"), null, cancellationToken);

    /// <summary>Sends any route whose answer the caller does not need.</summary>
    public async Task SendAsync(DiscordRoute route, RestRequestBody? body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(route);
        using var response = await _pipeline.SendAsync(route, body, cancellationToken).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGlobalCommandsAsync(
        ulong applicationId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken) =>
        SendAsync<IReadOnlyList<ApplicationCommand>>(
            DiscordRoute.BulkOverwriteGlobalCommands(applicationId), RestRequestBody.Json(commands), cancellationToken);

    public Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGuildCommandsAsync(
        ulong applicationId, ulong guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken) =>
        SendAsync<IReadOnlyList<ApplicationCommand>>(
            DiscordRoute.BulkOverwriteGuildCommands(applicationId, guildId), RestRequestBody.Json(commands), cancellationToken);

    public Task<CallbackTiming> CreateInteractionResponseAsync(
        ulong interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken) =>
        SendTimedAsync(DiscordRoute.CreateInteractionResponse(interactionId, interactionToken), RestRequestBody.Json(response), cancellationToken);

    public Task<CallbackTiming> CreateInteractionResponseAsync(
        ulong interactionId, string interactionToken, InteractionResponse response, DiscordFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(file);
        var data = response.Data ?? new InteractionResponseData();
        var withFile = response with { Data = data with { Attachments = data.Attachments ?? AttachmentsFor(file) } };
        return SendTimedAsync(
            DiscordRoute.CreateInteractionResponse(interactionId, interactionToken), RestRequestBody.Multipart(withFile, file), cancellationToken);
    }

    public Task<Message> EditOriginalResponseAsync(
        ulong applicationId, string interactionToken, MessageBody body, CancellationToken cancellationToken) =>
        SendAsync<Message>(DiscordRoute.EditOriginalResponse(applicationId, interactionToken), RestRequestBody.Json(body), cancellationToken);

    public Task DeleteOriginalResponseAsync(ulong applicationId, string interactionToken, CancellationToken cancellationToken) =>
        SendAsync(DiscordRoute.DeleteOriginalResponse(applicationId, interactionToken), null, cancellationToken);

    public Task<Message> CreateFollowupMessageAsync(
        ulong applicationId, string interactionToken, MessageBody body, CancellationToken cancellationToken) =>
        SendAsync<Message>(DiscordRoute.CreateFollowup(applicationId, interactionToken), RestRequestBody.Json(body), cancellationToken);

    public Task<Message> CreateFollowupMessageAsync(
        ulong applicationId, string interactionToken, MessageBody body, DiscordFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(file);
        var withFile = body with { Attachments = body.Attachments ?? AttachmentsFor(file) };
        return SendAsync<Message>(
            DiscordRoute.CreateFollowup(applicationId, interactionToken), RestRequestBody.Multipart(withFile, file), cancellationToken);
    }

    public Task<Channel> CreateDmChannelAsync(ulong userId, CancellationToken cancellationToken) =>
        SendAsync<Channel>(DiscordRoute.CreateDm(), RestRequestBody.Json(new CreateDmRequest(userId)), cancellationToken);

    public Task<Message> CreateMessageAsync(ulong channelId, MessageBody body, CancellationToken cancellationToken)
    {
        CheckNonce(body);
        return SendAsync<Message>(DiscordRoute.CreateMessage(channelId), RestRequestBody.Json(body), cancellationToken);
    }

    public Task<Message> CreateMessageAsync(ulong channelId, MessageBody body, DiscordFile file, CancellationToken cancellationToken)
    {
        CheckNonce(body);
        ArgumentNullException.ThrowIfNull(file);
        var withFile = body with { Attachments = body.Attachments ?? AttachmentsFor(file) };
        return SendAsync<Message>(DiscordRoute.CreateMessage(channelId), RestRequestBody.Multipart(withFile, file), cancellationToken);
    }

    public Task<Message> EditMessageAsync(ulong channelId, ulong messageId, MessageBody body, CancellationToken cancellationToken) =>
        SendAsync<Message>(DiscordRoute.EditMessage(channelId, messageId), RestRequestBody.Json(body), cancellationToken);

    private async Task<CallbackTiming> SendTimedAsync(DiscordRoute route, RestRequestBody body, CancellationToken cancellationToken)
    {
        using var response = await _pipeline.SendAsync(route, body, cancellationToken).ConfigureAwait(false);
        var acceptedAt = time.GetTimestamp();
        return new CallbackTiming(body.SentAt is > 0 and var sentAt ? sentAt : acceptedAt, acceptedAt);
    }

    /// <summary>Discord refuses the whole message over a long nonce (400, 50035); said here, before sending.</summary>
    private static void CheckNonce(MessageBody body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.Nonce is { Length: > DiscordLimits.Nonce })
        {
            throw new ArgumentException($"A nonce has at most {DiscordLimits.Nonce} characters.", nameof(body));
        }
    }

    private static Attachment[] AttachmentsFor(DiscordFile file) =>
        [new Attachment { Id = 0, Filename = file.FileName, Description = file.Description }];
}
