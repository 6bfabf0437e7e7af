using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Roadmap.Testing;

namespace Roadmap.Discord.Tests.Gateway;

/// <summary>The fake itself: what it answers and which client mistakes it punishes like Discord.</summary>
public sealed class FakeGatewayTests
{
    [Fact]
    public async Task GatewayBot_WithTheToken_ReturnsUrlShardsAndSessionStartLimit()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        server.Gateway.ExpectedToken = "t";
        server.Gateway.SessionStartLimit.Remaining = 3;
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.ApiBaseUri + "/gateway/bot"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bot", "t");

        using var response = await http.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(server.GatewayUri.ToString(), body["url"]!.GetValue<string>());
        Assert.Equal(1, body["shards"]!.GetValue<int>());
        Assert.Equal(3, body["session_start_limit"]!["remaining"]!.GetValue<int>());
        Assert.Equal(1, body["session_start_limit"]!["max_concurrency"]!.GetValue<int>());
    }

    [Fact]
    public async Task GatewayBot_WrongToken_Returns401()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        server.Gateway.ExpectedToken = "t";
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(server.ApiBaseUri + "/gateway/bot"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Gateway_FrameOver4096Bytes_ClosesWith4002()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        using var socket = await ConnectAsync(server);

        await SendAsync(socket, $$$"""{"op":3,"d":{"status":"{{{new string('x', 4100)}}}"}}""");

        Assert.Equal((WebSocketCloseStatus)4002, await ReadUntilCloseAsync(socket));
    }

    [Fact]
    public async Task Gateway_MoreThan120FramesInAMinute_ClosesWith4008()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        using var socket = await ConnectAsync(server);

        for (var i = 0; i < 121; i++)
        {
            await SendAsync(socket, """{"op":1,"d":null}""");
        }

        Assert.Equal((WebSocketCloseStatus)4008, await ReadUntilCloseAsync(socket));
    }

    [Fact]
    public async Task Gateway_SecondIdentify_ClosesWith4005()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        using var socket = await ConnectAsync(server);
        const string identify = """{"op":2,"d":{"token":"t","intents":0,"properties":{"os":"linux","browser":"x","device":"x"}}}""";

        await SendAsync(socket, identify);
        await SendAsync(socket, identify);

        Assert.Equal((WebSocketCloseStatus)4005, await ReadUntilCloseAsync(socket));
        Assert.Equal(1, server.Gateway.IdentifyCount);
    }

    private static async Task<ClientWebSocket> ConnectAsync(FakeDiscordServer server)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(server.GatewayUri + "?v=10&encoding=json"), CancellationToken.None);
        return socket;
    }

    private static Task SendAsync(ClientWebSocket socket, string json) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    private static async Task<WebSocketCloseStatus?> ReadUntilCloseAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return socket.CloseStatus;
            }
        }
    }
}
