using System.Text.Json.Nodes;

namespace Roadmap.Testing.Gateway;

/// <summary>
/// A READY like Discord's: the documented fields plus undocumented ones (<c>_trace</c>,
/// <c>session_type</c>, <c>user_settings</c>, ...) that a tolerant client must skip.
/// </summary>
internal static class FakeReady
{
    public static string Build(string sessionId, Uri resumeUrl, bool omitPrivateChannels)
    {
        var ready = new JsonObject
        {
            ["v"] = 10,
            ["user"] = new JsonObject
            {
                ["id"] = FakeGateway.BotUserId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["username"] = "roadmap-coach",
                ["discriminator"] = "0",
                ["global_name"] = null,
                ["avatar"] = null,
                ["bot"] = true,
                ["verified"] = true,
                ["flags"] = 0,
            },
            ["guilds"] = new JsonArray(new JsonObject { ["id"] = "1200000000000000001", ["unavailable"] = true }),
            ["session_id"] = sessionId,
            ["resume_gateway_url"] = resumeUrl.ToString(),
            ["session_type"] = "normal",
            ["shard"] = new JsonArray(0, 1),
            ["application"] = new JsonObject
            {
                ["id"] = FakeGateway.ApplicationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["flags"] = 565248,
            },
            ["user_settings"] = new JsonObject(),
            ["relationships"] = new JsonArray(),
            ["presences"] = new JsonArray(),
            ["guild_join_requests"] = new JsonArray(),
            ["geo_ordered_rtc_regions"] = new JsonArray("europe", "us-east"),
            ["auth"] = new JsonObject(),
            ["_trace"] = new JsonArray("[\"gateway-prd-fake-0\",{\"micros\":1234,\"calls\":[]}]"),
        };
        if (!omitPrivateChannels)
        {
            ready["private_channels"] = new JsonArray();
        }

        return ready.ToJsonString();
    }
}
