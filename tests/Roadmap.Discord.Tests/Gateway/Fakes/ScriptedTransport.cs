using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;
using Roadmap.Discord.Gateway;

namespace Roadmap.Discord.Tests.Gateway.Fakes;

/// <summary>
/// An in-memory <see cref="IGatewayTransport"/> that a test scripts from the server's side: expect a
/// connect, send HELLO, expect IDENTIFY, answer heartbeats, close with a code, drop the socket.
/// Heartbeats (op 1) are kept apart from other frames so a script is not thrown by their timing.
/// Time is a <see cref="FakeTimeProvider"/> that moves only when the script moves it: explicitly, or,
/// while an expectation waits and <see cref="AutoAdvance"/> is set. Either way it moves only once the
/// client has handled every heartbeat ACK sent to it, so a late ACK can never make a zombie.
/// </summary>
public sealed class ScriptedTransport(FakeTimeProvider clock) : IGatewayTransport
{
    /// <summary>The default HELLO interval: an hour, so tests that are not about heartbeats see none unless they wait that long.</summary>
    public const int QuietHeartbeatMs = 3_600_000;

    /// <summary>How long an expectation lets the client work before moving the clock (real time, not a proof of anything).</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(5);

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    private readonly Channel<Uri> _connects = Channel.CreateUnbounded<Uri>();
    private readonly Channel<JsonNode> _frames = Channel.CreateUnbounded<JsonNode>();
    private readonly Channel<JsonNode> _heartbeats = Channel.CreateUnbounded<JsonNode>();
    private readonly Channel<int> _clientCloses = Channel.CreateUnbounded<int>();
    private readonly List<JsonNode> _sent = [];
    private Channel<ScriptedInbound> _inbound = Channel.CreateUnbounded<ScriptedInbound>();
    private readonly List<DateTimeOffset> _heartbeatTimes = [];
    private int _failConnects;
    private int _connectAttempts;
    private int _acksOutstanding;
    private bool _handlingAck;
    private int _connectionEnded = 1;

    /// <summary>Answer every heartbeat with an ACK (on by default).</summary>
    public bool AnswerHeartbeats { get; set; } = true;

    public int ConnectAttempts => Volatile.Read(ref _connectAttempts);

    /// <summary>
    /// While an expectation waits, move the clock by this step whenever the client is idle; null
    /// leaves the clock to the test. Tests about timing set it to null and advance by hand.
    /// </summary>
    public TimeSpan? AutoAdvance { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The clock's time at each heartbeat the client sent, in order.</summary>
    public IReadOnlyList<DateTimeOffset> HeartbeatTimes { get { lock (_heartbeatTimes) { return [.. _heartbeatTimes]; } } }

    /// <summary>
    /// Whether the clock may move: the client has handled every ACK sent to it (it came back for the
    /// next frame after reading one), or its connection has ended and ACKs no longer matter.
    /// </summary>
    public bool IsIdle => Volatile.Read(ref _connectionEnded) == 1 || Volatile.Read(ref _acksOutstanding) == 0;

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
        Volatile.Write(ref _acksOutstanding, 0);
        _handlingAck = false;
        Volatile.Write(ref _connectionEnded, 0);
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

        lock (_heartbeatTimes)
        {
            _heartbeatTimes.Add(clock.GetUtcNow());
        }

        _heartbeats.Writer.TryWrite(frame);
        if (AnswerHeartbeats)
        {
            Interlocked.Increment(ref _acksOutstanding);
            _inbound.Writer.TryWrite(new ScriptedInbound("""{"op":11}""", null, IsDrop: false, IsAck: true));
        }

        return Task.CompletedTask;
    }

    public async Task<TransportMessage> ReceiveAsync(CancellationToken cancellationToken)
    {
        // Only the receive loop calls this, one call at a time: coming back means the last frame is handled.
        if (_handlingAck)
        {
            _handlingAck = false;
            Interlocked.Decrement(ref _acksOutstanding);
        }

        var inbound = await _inbound.Reader.ReadAsync(cancellationToken);
        _handlingAck = inbound.IsAck;

        if (inbound.IsDrop)
        {
            Volatile.Write(ref _connectionEnded, 1);
            throw new WebSocketException(WebSocketError.ConnectionClosedPrematurely, "Scripted drop.");
        }

        if (inbound.CloseCode is { } code)
        {
            Volatile.Write(ref _connectionEnded, 1);
            CloseStatus = code;
            CloseStatusDescription = inbound.Json;
            return TransportMessage.Closed;
        }

        return TransportMessage.Text(Encoding.UTF8.GetBytes(inbound.Json));
    }

    /// <summary>Records the client's close code and echoes the close, as a server would.</summary>
    public Task CloseAsync(int closeStatus, string description, CancellationToken cancellationToken)
    {
        // The client is closing: a heartbeat can no longer make this connection a zombie.
        Volatile.Write(ref _connectionEnded, 1);
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

    /// <summary>Waits (in real time, for a positive condition) until the client has handled every ACK sent to it.</summary>
    public async Task WaitUntilIdleAsync()
    {
        using var cts = new CancellationTokenSource(Patience);
        while (!IsIdle)
        {
            try
            {
                await Task.Delay(1, cts.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"The client did not handle the {_acksOutstanding} ACKs sent to it within {Patience}.");
            }
        }
    }

    /// <summary>Moves the clock once the client has handled every ACK, so it never misses one that is waiting for it.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        await WaitUntilIdleAsync();
        clock.Advance(by);
    }

    /// <summary>Frames the client sent apart from heartbeats, none of them read by an expectation yet.</summary>
    public IReadOnlyList<JsonNode> UnexpectedFrames()
    {
        var frames = new List<JsonNode>();
        while (_frames.Reader.TryRead(out var frame))
        {
            frames.Add(frame);
        }

        return frames;
    }

    private async Task<T> ReadAsync<T>(Channel<T> channel, string what)
    {
        using var cts = new CancellationTokenSource(Patience);
        try
        {
            while (true)
            {
                using var settle = CancellationTokenSource.CreateLinkedTokenSource(cts.Token);
                settle.CancelAfter(Settle);
                try
                {
                    return await channel.Reader.ReadAsync(settle.Token);
                }
                catch (OperationCanceledException) when (!cts.IsCancellationRequested)
                {
                    // Nothing yet: the client may be waiting for the clock.
                }

                if (AutoAdvance is { } step && IsIdle)
                {
                    clock.Advance(step);
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The client did not produce {what} within {Patience} (clock at {clock.GetUtcNow():O}).");
        }
    }

    private sealed record ScriptedInbound(string Json, int? CloseCode, bool IsDrop, bool IsAck = false);
}
