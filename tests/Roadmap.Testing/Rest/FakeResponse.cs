using System.Text.Json.Nodes;

namespace Roadmap.Testing.Rest;

/// <summary>What a fake route answers: a status and an optional JSON body.</summary>
internal sealed record FakeResponse(int Status, JsonNode? Body = null)
{
    public static FakeResponse NoContent { get; } = new(204);

    public static FakeResponse Ok(JsonNode body) => new(200, body);

    /// <summary>Discord's error body: <c>{"code": …, "message": …}</c>.</summary>
    public static FakeResponse Error(int status, int code, string message) =>
        new(status, new JsonObject { ["code"] = code, ["message"] = message });
}
