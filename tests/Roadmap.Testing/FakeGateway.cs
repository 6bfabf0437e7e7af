using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Roadmap.Testing.Gateway;

namespace Roadmap.Testing;

/// <summary>
/// The fake gateway: a WebSocket at <c>/gateway</c> (and the resume URL <c>/gateway/resume</c>) that
/// speaks HELLO, IDENTIFY/READY, heartbeats/ACK, RESUME/RESUMED with replay, dispatches with increasing
/// sequences, and injects faults on demand; plus <c>GET /api/v10/gateway/bot</c>. Thread-safe: every
/// state change and every send happens under one lock, in the order the client will see it.
/// </summary>
public sealed class FakeGateway
{
    public const ulong BotUserId = 1100000000000000001;
    public const ulong ApplicationId = 1100000000000000002;

    public FakeGateway()
    {
        _sockets = new FakeGatewaySockets(this);
    }

    private readonly List<FakeGatewayFrame> _frames = [];
    private readonly List<FakeGatewayClose> _closes = [];
    private readonly FakeGatewaySockets _sockets;
    private FakeDiscordServer? _server;
    private int _identifies;
    private int _gatewayBotRequests;
    private int _compressedFrames;
    private int _resumes;
    private int _dispatches;
    private int _sessionCounter;

    /// <summary>HELLO's heartbeat_interval; tests use a few hundred milliseconds.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromMilliseconds(41250);

    /// <summary>When set, IDENTIFY/RESUME with another token close with 4004 and /gateway/bot answers 401.</summary>
    public string? ExpectedToken { get; set; }

    /// <summary>Leaves <c>private_channels</c> out of READY, as Discord sometimes does.</summary>
    public bool OmitPrivateChannels { get; set; }

    /// <summary>No heartbeat on any connection gets an ACK while this is set.</summary>
    public bool WithholdHeartbeatAcks { get; set; }

    public FakeSessionStartLimit SessionStartLimit { get; } = new();

    public int ConnectionCount => _sockets.Count;

    public int IdentifyCount => Volatile.Read(ref _identifies);

    public int ResumeCount => Volatile.Read(ref _resumes);

    public int GatewayBotRequestCount => Volatile.Read(ref _gatewayBotRequests);

    public int DispatchCount => Volatile.Read(ref _dispatches);

    /// <summary>Frames sent zlib-stream compressed (binary), for connections whose URL asked for it.</summary>
    public int CompressedFrameCount => Volatile.Read(ref _compressedFrames);

    /// <summary>True while a client socket is identified or resumed and receives dispatches live.</summary>
    public bool IsClientAttached => Active is not null;

    public string? SessionId => Session?.Id;

    public IReadOnlyList<FakeGatewayFrame> ReceivedFrames { get { lock (_frames) { return [.. _frames]; } } }

    public IReadOnlyList<FakeGatewayClose> Closes { get { lock (_closes) { return [.. _closes]; } } }

    /// <summary>The URL (path and query) of every connection, in order.</summary>
    public IReadOnlyList<Uri> ConnectionUrls => _sockets.Urls;

    internal SemaphoreSlim Gate { get; } = new(1, 1);

    internal AsyncSignal Signal { get; } = new();

    internal FakeGatewaySession? Session { get; set; }

    internal FakeGatewayConnection? Active { get; set; }

    /// <summary>Dispatches made while no session exists; the next session delivers them after READY.</summary>
    internal List<(string Name, string DataJson)> Pending { get; } = [];

    internal FakeDiscordServer Server => _server ?? throw new InvalidOperationException("Not started.");

    internal Uri ResumeUrl => new($"ws://{Server.BaseUri.Authority}/gateway/resume");

    /// <summary>Sends a dispatch with the next sequence, or keeps it for replay if no client is attached.</summary>
    public Task<int?> DispatchAsync(string eventName, JsonNode? data) => DispatchJsonAsync(eventName, data?.ToJsonString() ?? "null");

    public Task<int?> DispatchAsync(string eventName, JsonElement data) => DispatchJsonAsync(eventName, data.GetRawText());

    /// <summary>Ends the client's TCP connection without a close frame.</summary>
    public Task DropConnectionAsync() => FaultAsync(connection =>
    {
        connection.Drop();
        RecordClose(new(connection.Id, ByClient: false, Code: null));
        return Task.CompletedTask;
    });

    public Task SendReconnectAsync() => FaultAsync(connection => connection.SendAsync("""{"op":7,"d":null}"""));

    public Task SendInvalidSessionAsync(bool resumable) => FaultAsync(connection =>
    {
        if (!resumable)
        {
            EndSession();
        }

        return connection.SendAsync(resumable ? """{"op":9,"d":true}""" : """{"op":9,"d":false}""");
    });

    /// <summary>Closes the client's socket with <paramref name="code"/>; codes that end a session end it here too.</summary>
    public Task CloseConnectionAsync(int code, string reason = "fake close") => FaultAsync(connection =>
    {
        if (EndsSession(code))
        {
            EndSession();
        }

        RecordClose(new(connection.Id, ByClient: false, code));
        return connection.CloseAsync(code, reason);
    });

    /// <summary>The current connection stops answering heartbeats and stops receiving dispatches.</summary>
    public Task StartZombieAsync() => FaultAsync(connection =>
    {
        connection.WithholdAcks = true;
        return Task.CompletedTask;
    });

    public Task WaitUntilAsync(Func<FakeGateway, bool> condition, string what, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        Signal.WaitUntilAsync(() => condition(this), timeout ?? TimeSpan.FromSeconds(10), what, cancellationToken);

    public Task WaitForConnectionsAsync(int count, TimeSpan? timeout = null) =>
        WaitUntilAsync(g => g.ConnectionCount >= count, $"{count} connections", timeout);

    public Task WaitForIdentifiesAsync(int count, TimeSpan? timeout = null) =>
        WaitUntilAsync(g => g.IdentifyCount >= count, $"{count} IDENTIFYs", timeout);

    public Task WaitForResumesAsync(int count, TimeSpan? timeout = null) =>
        WaitUntilAsync(g => g.ResumeCount >= count, $"{count} RESUMEs", timeout);

    public Task WaitUntilAttachedAsync(TimeSpan? timeout = null) =>
        WaitUntilAsync(g => g.IsClientAttached, "an identified client", timeout);

    /// <summary>Codes after which Discord has no session to resume.</summary>
    internal static bool EndsSession(int? code) => code is 1000 or 1001 or 4003 or 4004 or 4007 or 4009 or (>= 4010 and <= 4014);

    internal void Map(WebApplication app, FakeDiscordServer server)
    {
        ArgumentNullException.ThrowIfNull(app);
        _server = server;
        app.MapGet("/api/v10/gateway/bot", (HttpContext context) => FakeGatewayBotEndpoint.Handle(this, context));
        app.Map("/gateway", _sockets.AcceptAsync);
        app.Map("/gateway/resume", _sockets.AcceptAsync);
        // Sockets a test left open would otherwise hold the server's shutdown for its full timeout.
        app.Lifetime.ApplicationStopping.Register(_sockets.DropAll);
    }

    internal int NextSessionNumber() => Interlocked.Increment(ref _sessionCounter);

    internal void CountIdentify() => Interlocked.Increment(ref _identifies);

    internal void CountResume() => Interlocked.Increment(ref _resumes);

    internal void CountGatewayBotRequest() => Interlocked.Increment(ref _gatewayBotRequests);

    internal void CountCompressedFrame() => Interlocked.Increment(ref _compressedFrames);

    internal void RecordFrame(FakeGatewayFrame frame)
    {
        lock (_frames)
        {
            _frames.Add(frame);
        }
    }

    internal void RecordClose(FakeGatewayClose close)
    {
        lock (_closes)
        {
            _closes.Add(close);
        }
    }

    /// <summary>Ends the session; whatever it never sent moves to the next session.</summary>
    internal void EndSession()
    {
        if (Session is not null)
        {
            Pending.InsertRange(0, Session.Unsent().Select(e => (e.Name, e.DataJson)));
            Session = null;
        }
    }

    internal async Task SendEventAsync(FakeGatewayConnection connection, FakeGatewayEvent dispatch)
    {
        await connection.SendAsync(dispatch.ToFrame());
        Session!.SentThrough = Math.Max(Session.SentThrough, dispatch.Sequence);
    }

    private async Task<int?> DispatchJsonAsync(string eventName, string dataJson)
    {
        await Gate.WaitAsync();
        try
        {
            Interlocked.Increment(ref _dispatches);
            if (Session is null)
            {
                Pending.Add((eventName, dataJson));
                return null;
            }

            var dispatch = Session.Append(eventName, dataJson);
            if (Active is { } connection)
            {
                await SendEventAsync(connection, dispatch);
            }

            return dispatch.Sequence;
        }
        finally
        {
            Gate.Release();
            Signal.Pulse();
        }
    }

    private async Task FaultAsync(Func<FakeGatewayConnection, Task> fault)
    {
        await Gate.WaitAsync();
        try
        {
            var connection = Active ?? throw new InvalidOperationException("No client is attached to the fake gateway.");
            Active = null;
            await fault(connection);
        }
        finally
        {
            Gate.Release();
            Signal.Pulse();
        }
    }
}
