using System.Globalization;
using System.Text.Json.Nodes;

namespace Roadmap.Testing.Rest;

/// <summary>Builds the message objects the fake answers with, echoing what the bot sent.</summary>
internal static class FakeMessages
{
    public static JsonObject Build(ulong id, ulong channelId, JsonNode? body, ulong authorId, DateTimeOffset now)
    {
        var message = new JsonObject
        {
            ["id"] = Snowflake(id),
            ["channel_id"] = Snowflake(channelId),
            ["type"] = 0,
            ["content"] = body?["content"]?.DeepClone() ?? "",
            ["embeds"] = body?["embeds"]?.DeepClone() ?? new JsonArray(),
            ["components"] = body?["components"]?.DeepClone() ?? new JsonArray(),
            ["attachments"] = new JsonArray(),
            ["flags"] = body?["flags"]?.DeepClone() ?? 0,
            ["tts"] = false,
            ["mention_everyone"] = false,
            ["mentions"] = new JsonArray(),
            ["timestamp"] = now.ToString("O", CultureInfo.InvariantCulture),
            ["edited_timestamp"] = null,
            ["author"] = new JsonObject
            {
                ["id"] = Snowflake(authorId),
                ["username"] = "Roadmap Coach",
                ["discriminator"] = "0",
                ["bot"] = true,
            },
        };
        return message;
    }

    public static JsonObject DmChannel(ulong channelId, ulong userId) => new()
    {
        ["id"] = Snowflake(channelId),
        ["type"] = 1,
        ["last_message_id"] = null,
        ["recipients"] = new JsonArray(new JsonObject
        {
            ["id"] = Snowflake(userId),
            ["username"] = $"user{userId}",
            ["discriminator"] = "0",
        }),
    };

    /// <summary>A nonce as Discord compares it: a string's text, or an integer's digits.</summary>
    public static string NonceText(JsonNode nonce) =>
        nonce is JsonValue value && value.TryGetValue(out string? text) ? text : nonce.ToJsonString();

    public static string Snowflake(ulong id) => id.ToString(CultureInfo.InvariantCulture);
}
