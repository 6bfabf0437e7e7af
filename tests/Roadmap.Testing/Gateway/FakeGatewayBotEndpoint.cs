using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Roadmap.Testing.Gateway;

/// <summary><c>GET /api/v10/gateway/bot</c>: the WebSocket URL, one shard and the session start limit.</summary>
internal static class FakeGatewayBotEndpoint
{
    public static IResult Handle(FakeGateway gateway, HttpContext context)
    {
        if (gateway.ExpectedToken is not null && context.Request.Headers.Authorization != $"Bot {gateway.ExpectedToken}")
        {
            return Results.Json(new JsonObject { ["message"] = "401: Unauthorized", ["code"] = 0 }, statusCode: 401);
        }

        gateway.CountGatewayBotRequest();
        var limit = gateway.SessionStartLimit;
        return Results.Json(new JsonObject
        {
            ["url"] = $"ws://{gateway.Server.BaseUri.Authority}/gateway",
            ["shards"] = 1,
            ["session_start_limit"] = new JsonObject
            {
                ["total"] = limit.Total,
                ["remaining"] = limit.Remaining,
                ["reset_after"] = limit.ResetAfter,
                ["max_concurrency"] = limit.MaxConcurrency,
            },
        });
    }
}
