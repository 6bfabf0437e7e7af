using System.Text.Json.Nodes;
using Roadmap.Discord;
using Roadmap.Discord.Rest;

namespace Roadmap.Testing.Rest;

/// <summary>What each fake route does once a request has passed auth, faults and rate limits.</summary>
internal sealed class FakeRestBehaviours(FakeRestState state, FakeFaults faults, FakeCreatedMessages messages, Func<TimeProvider> time)
{
    private const ulong FakeChannelForWebhooks = 1_100_000_000_000_000_001;

    public FakeResponse BulkOverwrite(FakeRestRequest request, bool isGuild)
    {
        if (request.Json is not JsonArray commands)
        {
            return FakeResponse.Error(400, DiscordErrorCodes.InvalidFormBody, "Invalid Form Body");
        }

        var applicationId = request.Id("application_id");
        var guildId = isGuild ? request.Id("guild_id") : 0;
        var stored = new JsonArray();
        foreach (var command in commands.OfType<JsonObject>())
        {
            var copy = (JsonObject)command.DeepClone();
            copy["id"] ??= FakeMessages.Snowflake(state.NextId());
            copy["application_id"] = FakeMessages.Snowflake(applicationId);
            copy["version"] = FakeMessages.Snowflake(state.NextId());
            if (isGuild)
            {
                copy["guild_id"] = FakeMessages.Snowflake(guildId);
            }

            stored.Add(copy);
        }

        state.SetCommands(applicationId, guildId, stored);
        return FakeResponse.Ok(stored.DeepClone());
    }

    public FakeResponse Callback(FakeRestRequest request)
    {
        var interactionId = request.Id("interaction_id");
        if (faults.IsExpired(interactionId))
        {
            return FakeResponse.Error(404, DiscordErrorCodes.UnknownInteraction, "Unknown interaction");
        }

        return state.TryAnswer(interactionId, request.Text("interaction_token"))
            ? FakeResponse.NoContent
            : FakeResponse.Error(400, DiscordErrorCodes.InteractionAlreadyAcknowledged, "Interaction has already been acknowledged.");
    }

    public FakeResponse EditOriginal(FakeRestRequest request) =>
        state.OriginalMessageFor(request.Text("interaction_token")) is { } id
            ? FakeResponse.Ok(FakeMessages.Build(id, FakeChannelForWebhooks, request.Json, state.BotUserId, time().GetUtcNow()))
            : UnknownWebhook();

    public FakeResponse DeleteOriginal(FakeRestRequest request) =>
        state.OriginalMessageFor(request.Text("interaction_token")) is not null ? FakeResponse.NoContent : UnknownWebhook();

    public FakeResponse Followup(FakeRestRequest request) =>
        state.OriginalMessageFor(request.Text("interaction_token")) is not null
            ? FakeResponse.Ok(FakeMessages.Build(state.NextId(), FakeChannelForWebhooks, request.Json, state.BotUserId, time().GetUtcNow()))
            : UnknownWebhook();

    public FakeResponse CreateDm(FakeRestRequest request)
    {
        var recipient = request.Json?["recipient_id"]?.GetValue<string>();
        if (!ulong.TryParse(recipient, out var userId))
        {
            return FakeResponse.Error(400, DiscordErrorCodes.InvalidFormBody, "Invalid Form Body");
        }

        return FakeResponse.Ok(FakeMessages.DmChannel(state.OpenDm(userId), userId));
    }

    public FakeResponse CreateMessage(FakeRestRequest request)
    {
        var channelId = request.Id("channel_id");
        if (state.RecipientOf(channelId) is { } userId && faults.AreDirectMessagesClosed(userId))
        {
            return FakeResponse.Error(403, DiscordErrorCodes.CannotSendMessagesToThisUser, "Cannot send messages to this user");
        }

        switch (faults.DeniedIn(channelId))
        {
            case DiscordErrorCodes.MissingAccess:
                return FakeResponse.Error(403, DiscordErrorCodes.MissingAccess, "Missing Access");
            case DiscordErrorCodes.MissingPermissions:
                return FakeResponse.Error(403, DiscordErrorCodes.MissingPermissions, "Missing Permissions");
            case { } code:
                return FakeResponse.Error(404, code, "Unknown Channel");
        }

        var nonce = request.Json?["nonce"];
        var nonceText = nonce is null ? null : FakeMessages.NonceText(nonce);
        if (nonceText is { Length: > DiscordLimits.Nonce })
        {
            return FakeResponse.Error(400, DiscordErrorCodes.InvalidFormBody, "Invalid Form Body");
        }

        var enforceNonce = request.Json?["enforce_nonce"] is JsonValue enforce && enforce.TryGetValue(out bool enforced) && enforced;
        return FakeResponse.Ok(messages.CreateOrReplay(state.BotUserId, channelId, nonceText, enforceNonce, () =>
        {
            var message = FakeMessages.Build(state.NextId(), channelId, request.Json, state.BotUserId, time().GetUtcNow());
            if (nonce is not null)
            {
                message["nonce"] = nonce.DeepClone();
            }

            return message;
        }));
    }

    public FakeResponse EditMessage(FakeRestRequest request) =>
        FakeResponse.Ok(FakeMessages.Build(
            request.Id("message_id"), request.Id("channel_id"), request.Json, state.BotUserId, time().GetUtcNow()));

    private static FakeResponse UnknownWebhook() =>
        FakeResponse.Error(404, DiscordErrorCodes.UnknownWebhook, "Unknown Webhook");
}
