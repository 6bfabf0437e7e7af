using System.Text.Json;
using Roadmap.Discord.Gateway;
using Roadmap.Discord.Json;
using Roadmap.Testing.OpenApi;

namespace Roadmap.Discord.Tests.Gateway;

/// <summary>The official gateway examples (tests/Roadmap.Testing/Discord/fixtures/gateway) read into the client's records.</summary>
public sealed class GatewayFixtureTests
{
    private static readonly string FixtureDirectory = DiscordTestData.Fixture("gateway");

    public static TheoryData<string> AllFixtures() =>
        [.. Directory.GetFiles(FixtureDirectory, "*.json").Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void Deserialize_EveryGatewayFixture_ReadsAsAPayload(string file)
    {
        var payload = Read<GatewayPayload>(file);

        Assert.InRange(payload.Op, 0, 11);
    }

    [Fact]
    public void Deserialize_Hello_ReadsTheInterval()
    {
        var payload = Read<GatewayPayload>("hello.json");

        Assert.Equal((int)GatewayOpcode.Hello, payload.Op);
        Assert.Equal(45000, payload.D.Deserialize<HelloData>(DiscordJson.Options)!.HeartbeatInterval);
    }

    [Fact]
    public void Deserialize_Identify_ReadsEveryField()
    {
        var identify = Read<GatewayPayload>("identify.json").D.Deserialize<IdentifyData>(DiscordJson.Options)!;

        Assert.Equal("my_token", identify.Token);
        Assert.Equal(new IdentifyProperties("linux", "disco", "disco"), identify.Properties);
        Assert.Equal(5, identify.Intents);
        Assert.True(identify.Compress);
        Assert.Equal(250, identify.LargeThreshold);
        Assert.Equal([0, 1], identify.Shard!);
        Assert.Equal("dnd", identify.Presence!.Status);
        Assert.Equal(91879201, identify.Presence.Since);
        Assert.Equal("Cards Against Humanity", identify.Presence.Activities[0].GetProperty("name").GetString());
    }

    [Fact]
    public void Deserialize_Resume_ReadsSessionAndSequence()
    {
        var resume = Read<GatewayPayload>("resume.json").D.Deserialize<ResumeData>(DiscordJson.Options)!;

        Assert.Equal(new ResumeData("randomstring", "evenmorerandomstring", 1337), resume);
    }

    [Fact]
    public void Deserialize_Dispatch_ReadsNameAndSequence()
    {
        var payload = Read<GatewayPayload>("dispatch.json");

        Assert.Equal("GATEWAY_EVENT_NAME", payload.T);
        Assert.Equal(42, payload.S);
    }

    [Fact]
    public void Deserialize_ControlFrames_ReadTheirData()
    {
        Assert.Equal(251, Read<GatewayPayload>("heartbeat.json").D.GetInt32());
        Assert.Equal(JsonValueKind.False, Read<GatewayPayload>("invalid-session.json").D.ValueKind);
        Assert.Equal(JsonValueKind.Null, Read<GatewayPayload>("reconnect.json").D.ValueKind);
        Assert.Equal(JsonValueKind.Undefined, Read<GatewayPayload>("heartbeat-ack.json").D.ValueKind);
    }

    [Fact]
    public void Serialize_IdentifyLikeTheFixture_WritesTheSameJson()
    {
        var fixture = Read<GatewayPayload>("identify.json").D.Deserialize<IdentifyData>(DiscordJson.Options)!;

        var written = JsonSerializer.SerializeToElement(new OutgoingPayload<IdentifyData>(GatewayOpcode.Identify, fixture), DiscordJson.Options);

        var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(FixtureDirectory, "identify.json"))).RootElement;
        Assert.True(JsonElement.DeepEquals(expected, written), written.GetRawText());
    }

    [Fact]
    public void Serialize_HeartbeatWithoutSequence_WritesExplicitNull()
    {
        var json = JsonSerializer.Serialize(new OutgoingPayload<int?>(GatewayOpcode.Heartbeat, null), DiscordJson.Options);

        Assert.Equal("""{"op":1,"d":null}""", json);
    }

    [Fact]
    public void Serialize_Resume_MatchesTheFixture()
    {
        var written = JsonSerializer.SerializeToElement(
            new OutgoingPayload<ResumeData>(GatewayOpcode.Resume, new ResumeData("randomstring", "evenmorerandomstring", 1337)), DiscordJson.Options);

        var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(FixtureDirectory, "resume.json"))).RootElement;
        Assert.True(JsonElement.DeepEquals(expected, written), written.GetRawText());
    }

    [Fact]
    public void Deserialize_ReadyWithUndocumentedFieldsAndNoPrivateChannels_ReadsTheSession()
    {
        const string ready = """
            {"v":10,"user":{"id":"42","username":"bot","bot":true,"mfa_enabled":true},"guilds":[{"id":"1","unavailable":true}],
             "session_id":"s1","resume_gateway_url":"wss://r.test","session_type":"normal","shard":[0,1],
             "application":{"id":"7","flags":0},"_trace":["[\"gw\",{\"micros\":1}]"],"user_settings":{},"relationships":[]}
            """;

        var data = JsonSerializer.Deserialize<ReadyData>(ready, DiscordJson.Options)!;

        Assert.Equal("s1", data.SessionId);
        Assert.Equal("wss://r.test", data.ResumeGatewayUrl);
        Assert.Equal(7UL, data.Application!.Id);
        Assert.Equal(42UL, data.User!.Id);
        Assert.Equal(1UL, data.Guilds![0].Id);
    }

    private static T Read<T>(string file) =>
        JsonSerializer.Deserialize<T>(File.ReadAllText(Path.Combine(FixtureDirectory, file)), DiscordJson.Options)!;
}
