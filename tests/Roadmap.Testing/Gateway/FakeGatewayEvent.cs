namespace Roadmap.Testing.Gateway;

/// <summary>A dispatch kept for replay: the fake's log of a session.</summary>
internal sealed record FakeGatewayEvent(int Sequence, string Name, string DataJson)
{
    public bool IsReplayable => Name is not ("READY" or "RESUMED");

    public string ToFrame() =>
        $$"""{"op":0,"t":{{System.Text.Json.JsonSerializer.Serialize(Name, TestJson.Reflection)}},"s":{{Sequence}},"d":{{DataJson}}}""";
}
