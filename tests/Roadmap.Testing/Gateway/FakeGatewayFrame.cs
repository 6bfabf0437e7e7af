using System.Text.Json.Nodes;

namespace Roadmap.Testing.Gateway;

/// <summary>A frame the fake received from the client, as sent.</summary>
public sealed record FakeGatewayFrame(int ConnectionId, int Op, string Json, DateTimeOffset ReceivedAt)
{
    public JsonNode? Data => JsonNode.Parse(Json)?["d"];
}
