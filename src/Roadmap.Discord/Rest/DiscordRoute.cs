using System.Security.Cryptography;
using System.Text;

namespace Roadmap.Discord.Rest;

/// <summary>
/// One REST call's route: the method, the template that names its rate-limit bucket, the concrete
/// path, and the major parameter (channel, guild or webhook) the limit is counted per.
/// <see cref="ToString"/> shows only the template, because paths may hold interaction tokens.
/// </summary>
public sealed record DiscordRoute(HttpMethod Method, string Template, string Path, string MajorParameter)
{
    /// <summary>Interaction callbacks and interaction webhooks skip the global limit.</summary>
    public bool IsExemptFromGlobalLimit { get; init; }

    /// <summary>
    /// A route called once per major parameter, such as an interaction's callback: its rate-limit
    /// bucket lives for the one call (retries included) instead of in the shared registry, where
    /// thousands of interactions a minute would each leave a bucket behind.
    /// </summary>
    public bool IsSingleUse { get; init; }

    /// <summary>The bucket key used until Discord names the bucket with a hash.</summary>
    public string RouteKey => $"{Method.Method} {Template}";

    public override string ToString() => RouteKey;

    public static DiscordRoute Get(string path) => new(HttpMethod.Get, path, path, "");

    public static DiscordRoute BulkOverwriteGlobalCommands(ulong applicationId) => new(
        HttpMethod.Put, "/applications/{application_id}/commands", $"/applications/{applicationId}/commands", "");

    public static DiscordRoute BulkOverwriteGuildCommands(ulong applicationId, ulong guildId) => new(
        HttpMethod.Put,
        "/applications/{application_id}/guilds/{guild_id}/commands",
        $"/applications/{applicationId}/guilds/{guildId}/commands",
        $"guild:{guildId}");

    public static DiscordRoute CreateInteractionResponse(ulong interactionId, string token) => new(
        HttpMethod.Post,
        "/interactions/{interaction_id}/{interaction_token}/callback",
        $"/interactions/{interactionId}/{Escape(token)}/callback",
        $"interaction:{interactionId}")
    { IsExemptFromGlobalLimit = true, IsSingleUse = true };

    public static DiscordRoute EditOriginalResponse(ulong applicationId, string token) =>
        Webhook(HttpMethod.Patch, "/messages/@original", applicationId, token);

    public static DiscordRoute DeleteOriginalResponse(ulong applicationId, string token) =>
        Webhook(HttpMethod.Delete, "/messages/@original", applicationId, token);

    public static DiscordRoute CreateFollowup(ulong applicationId, string token) =>
        Webhook(HttpMethod.Post, "", applicationId, token);

    public static DiscordRoute CreateDm() => new(HttpMethod.Post, "/users/@me/channels", "/users/@me/channels", "");

    public static DiscordRoute CreateMessage(ulong channelId) => new(
        HttpMethod.Post, "/channels/{channel_id}/messages", $"/channels/{channelId}/messages", $"channel:{channelId}");

    public static DiscordRoute EditMessage(ulong channelId, ulong messageId) => new(
        HttpMethod.Patch,
        "/channels/{channel_id}/messages/{message_id}",
        $"/channels/{channelId}/messages/{messageId}",
        $"channel:{channelId}");

    private static DiscordRoute Webhook(HttpMethod method, string suffix, ulong applicationId, string token) => new(
        method,
        "/webhooks/{application_id}/{interaction_token}" + suffix,
        $"/webhooks/{applicationId}/{Escape(token)}{suffix}",
        $"webhook:{applicationId}:{Fingerprint(token)}")
    { IsExemptFromGlobalLimit = true };

    private static string Escape(string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        return Uri.EscapeDataString(token);
    }

    // Webhook limits count per id and token; a hash keeps the token itself out of bucket keys.
    private static string Fingerprint(string token) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)), 0, 8);
}
