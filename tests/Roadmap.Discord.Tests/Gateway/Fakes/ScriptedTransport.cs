using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Roadmap.Discord.Gateway;

namespace Roadmap.Discord.Tests.Gateway.Fakes;

/// <summary>
/// An in-memory <see cref="IGatewayTransport"/> that a test scripts from the server's side: expect a
/// connect, send HELLO, expect IDENTIFY, answer heartbeats, close with a code, drop the socket.
/// Heartbeats (op 1) are kept apart from other frames so a script is not thrown by their timing.
/// </summary>
public sealed class ScriptedTransport : IGatewayTransport
{
    /// <summary>
    /// The default HELLO interval: an hour of clock time (3.6 s real at 1000×), so tests that are not
    /// about heartbeats never see a zombie because the test machine paused for a few milliseconds.
    /// </summary>
    public const int QuietHeartbeatMs = 3_600_000;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    private readonly Channel<Uri> _connects = Channel.CreateUnbounded<Uri>();
    private readonly Channel<JsonNode> _frames = Channel.CreateUnbounded<JsonNode>();
    private readonly Channel<JsonNode> _heartbeats = Channel.CreateUnbounded<JsonNode>();
    private readonly Channel<int> _clientCloses = Channel.CreateUnbounded<int>();
    private readonly List<JsonNode> _sent = [];
    private Channel<ScriptedInbound> _inbound = Channel.CreateUnbounded<ScriptedInbound>();
    private int _failConnects;
    private int _connectAttempts;

    /// <summary>Answer every heartbeat with an ACK (on by default).</summary>
    public bool AnswerHeartbeats { get; set; } = true;

    public int ConnectAttempts => Volatile.Read(ref _connectAttempts);

    /// <summary>Every frame the client sent, heartbeats included, in order.</summary>
    public IReadOnlyList<JsonNode> SentFrames { get { lock (_sent) { return [.. _sent]; } } }

    public int? CloseStatus { get; private set; }

    public string? CloseStatusDescription { get; private set; }

    /// <summary>The next <paramref name="count"/> connects throw, as an unreachable host would.</summary>
    public void FailNextConnects(int count) => Volatile.Write(ref _failConnects, count);

    public Task ConnectAsync(Uri uri, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _connectAttempts);
        if (Interlocked.Decrement(ref _failConnects) >= 0)
        {
            throw new WebSocketException("Scripted connect failure.");
        }

        Interlocked.Exchange(ref _failConnects, 0);
        CloseStatus = null;
        CloseStatusDescription = null;
        _inbound = Channel.CreateUnbounded<ScriptedInbound>();
        _connects.Writer.TryWrite(uri);
        return Task.CompletedTask;
    }

    public Task SendAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken)
    {
        var frame = JsonNode.Parse(Encoding.UTF8.GetString(utf8Json.Span))!;
        lock (_sent)
        {
            _sent.Add(frame);
        }

        if (frame["op"]!.GetValue<int>() != (int)GatewayOpcode.Heartbeat)
        {
            _frames.Writer.TryWrite(frame);
            return Task.CompletedTask;
        }

        _heartbeats.Writer.TryWrite(frame);
        if (AnswerHeartbeats)
        {
            Send("""{"op":11}""");
        }

        return Task.CompletedTask;
    }

    public async Task<TransportMessage> ReceiveAsync(CancellationToken cancellationToken)
    {
        var inbound = await _inbound.Reader.ReadAsync(cancellationToken);
        if (inbound.IsDrop)
        {
            throw new WebSocketException(WebSocketError.ConnectionClosedPrematurely, "Scripted drop.");
        }

        if (inbound.CloseCode is { } code)
        {
            CloseStatus = code;
            CloseStatusDescription = inbound.Json;
            return TransportMessage.Closed;
        }

        return TransportMessage.Text(Encoding.UTF8.GetBytes(inbound.Json));
    }

    /// <summary>Records the client's close code and echoes the close, as a server would.</summary>
    public Task CloseAsync(int closeStatus, string description, CancellationToken cancellationToken)
    {
        _clientCloses.Writer.TryWrite(closeStatus);
        _inbound.Writer.TryWrite(new ScriptedInbound(description, closeStatus, IsDrop: false));
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public void Send(string json) => _inbound.Writer.TryWrite(new ScriptedInbound(json, null, IsDrop: false));

    public void SendHello(int heartbeatIntervalMs = QuietHeartbeatMs) =>
        Send($$$"""{"op":10,"d":{"heartbeat_interval":{{{heartbeatIntervalMs}}},"_trace":["x"]}}""");

    public void SendDispatch(string name, int sequence, string dataJson = "{}") =>
        Send($$"""{"op":0,"t":"{{name}}","s":{{sequence}},"d":{{dataJson}}}""");

    public void SendReady(string sessionId = "session-1", string resumeUrl = "wss://resume.test", int sequence = 1) =>
        SendDispatch("READY", sequence, $$"""{"v":10,"user":{"id":"42","username":"bot","bot":true},"guilds":[],"session_id":"{{sessionId}}","resume_gateway_url":"{{resumeUrl}}","application":{"id":"7","flags":0},"private_channels":[],"_trace":["gateway"]}""");

    public void ServerClose(int code, string description = "scripted close") =>
        _inbound.Writer.TryWrite(new ScriptedInbound(description, code, IsDrop: false));

    public void Drop() => _inbound.Writer.TryWrite(new ScriptedInbound(string.Empty, null, IsDrop: true));

    public Task<Uri> ExpectConnectAsync() => ReadAsync(_connects, "a connect");

    public Task<JsonNode> ExpectFrameAsync() => ReadAsync(_frames, "a frame");

    public Task<JsonNode> ExpectHeartbeatAsync() => ReadAsync(_heartbeats, "a heartbeat");

    public Task<int> ExpectClientCloseAsync() => ReadAsync(_clientCloses, "a close from the client");

    /// <summary>Expects a frame with <paramref name="op"/> and returns its <c>d</c>.</summary>
    public async Task<JsonNode> ExpectFrameAsync(GatewayOpcode op)
    {
        var frame = await ExpectFrameAsync();
        Assert.Equal((int)op, frame["op"]!.GetValue<int>());
        return frame["d"]!;
    }

    /// <summary>Connect, HELLO, IDENTIFY, READY: the client is in a session when this returns.</summary>
    public async Task<JsonNode> HandshakeAsync(int heartbeatIntervalMs = QuietHeartbeatMs, string sessionId = "session-1")
    {
        await ExpectConnectAsync();
        SendHello(heartbeatIntervalMs);
        var identify = await ExpectFrameAsync(GatewayOpcode.Identify);
        SendReady(sessionId);
        return identify;
    }

    public async Task ExpectNoFrameAsync(TimeSpan within)
    {
        using var cts = new CancellationTokenSource(within);
        try
        {
            var frame = await _frames.Reader.ReadAsync(cts.Token);
            Assert.Fail($"Expected no frame but the client sent {frame.ToJsonString()}.");
        }
        catch (OperationCanceledException)
        {
            // Nothing arrived, as expected.
        }
    }

    private static async Task<T> ReadAsync<T>(Channel<T> channel, string what)
    {
        using var cts = new CancellationTokenSource(Patience);
        try
        {
            return await channel.Reader.ReadAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The client did not produce {what} within {Patience}.");
        }
    }

    private sealed record ScriptedInbound(string Json, int? CloseCode, bool IsDrop);
}
