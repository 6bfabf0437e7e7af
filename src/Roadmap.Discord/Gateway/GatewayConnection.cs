using System.Text.Json;
using Microsoft.Extensions.Logging;
using Roadmap.Discord.Json;

namespace Roadmap.Discord.Gateway;

/// <summary>
/// One socket's life: HELLO, heartbeats, IDENTIFY or RESUME, then reading frames until the socket
/// ends, and deciding from how it ended whether to resume, start anew or stop.
/// </summary>
internal sealed class GatewayConnection(IGatewayTransport transport, GatewaySession session, GatewayOptions options, TimeProvider time, Func<double> random, ILogger logger)
    : IDisposable
{
    private readonly CancellationTokenSource _receiveCts = new(Timeout.InfiniteTimeSpan, time);
    private readonly GatewaySender _sender = new(transport, new GatewaySendLimiter(time, options.MaxFramesPerWindow, options.SendWindow));
    private GatewayHeartbeat? _heartbeat;
    private ConnectionOutcome? _outcome;
    private Task _closing = Task.CompletedTask;

    // When the frame ReceiveAsync last returned had arrived; only the receive loop reads and writes it.
    private long _lastReceivedAt;

    public GatewaySender Sender => _sender;

    /// <summary>True once READY or RESUMED arrived on this connection.</summary>
    public bool HasReachedSession { get; private set; }

    public async Task<ConnectionOutcome> RunAsync(Uri uri, bool resume, CancellationToken stoppingToken)
    {
        await transport.ConnectAsync(uri, stoppingToken).ConfigureAwait(false);
        // From here on, stopping closes the socket with 1000 rather than aborting it, so Discord
        // ends the session instead of keeping it open for a resume that will never come.
        var stopping = stoppingToken.Register(() => _closing = CloseAsync(Shutdown(), GatewayCloseCodes.NormalClosure));
        Task heartbeating = Task.CompletedTask;
        try
        {
            var hello = await ReceiveHelloAsync().ConfigureAwait(false);
            if (hello is not { HeartbeatInterval: > 0 })
            {
                await CloseAsync(new(GatewayReconnectAction.Resume, "no usable HELLO"), GatewayCloseCodes.Reconnecting).ConfigureAwait(false);
                return _outcome!;
            }

            var interval = TimeSpan.FromMilliseconds(hello.HeartbeatInterval);
            _sender.Limiter.ReserveForHeartbeats(interval);
            _heartbeat = new GatewayHeartbeat(_sender, session, time, random);
            heartbeating = HeartbeatAsync(interval);
            await SendHandshakeAsync(resume).ConfigureAwait(false);
            await ReceiveLoopAsync().ConfigureAwait(false);
            return _outcome ?? new(GatewayReconnectAction.Resume, "the socket ended");
        }
        finally
        {
            // Disposing the registration waits for a running stop callback, so _closing is final.
            await stopping.DisposeAsync().ConfigureAwait(false);
            await _receiveCts.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(heartbeating, _closing).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        _receiveCts.Dispose();
        _sender.Dispose();
    }

    private static ConnectionOutcome Shutdown() => new(GatewayReconnectAction.Shutdown, "shutting down");

    private async Task<HelloData?> ReceiveHelloAsync()
    {
        _receiveCts.CancelAfter(options.HelloTimeout);
        while (await ReceiveAsync().ConfigureAwait(false) is { } payload)
        {
            if (payload.Op == (int)GatewayOpcode.Hello)
            {
                _receiveCts.CancelAfter(Timeout.InfiniteTimeSpan);
                return payload.D.Deserialize(DiscordJson.Context.HelloData);
            }

            if (payload.Op == (int)GatewayOpcode.Reconnect)
            {
                await CloseAsync(new(GatewayReconnectAction.Resume, "op 7 before HELLO"), GatewayCloseCodes.Reconnecting).ConfigureAwait(false);
                return null;
            }
        }

        return null;
    }

    private async Task SendHandshakeAsync(bool resume)
    {
        try
        {
            if (resume)
            {
                var data = new ResumeData(options.Token, session.SessionId ?? string.Empty, session.Sequence ?? 0);
                await _sender.SendAsync(GatewayOpcode.Resume, data, _receiveCts.Token).ConfigureAwait(false);
                return;
            }

            var properties = new IdentifyProperties(options.OperatingSystem, options.Browser, options.Device);
            var identify = new IdentifyData(options.Token, properties, options.Intents);
            await _sender.SendAsync(GatewayOpcode.Identify, identify, _receiveCts.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (IsConnectionFault(exception))
        {
            SetOutcome(new(GatewayReconnectAction.Resume, "the handshake could not be sent: " + exception.Message));
        }
    }

    private async Task ReceiveLoopAsync()
    {
        while (_outcome is null && await ReceiveAsync().ConfigureAwait(false) is { } payload)
        {
            try
            {
                await HandleAsync(payload, _lastReceivedAt).ConfigureAwait(false);
            }
            catch (Exception exception) when (IsConnectionFault(exception))
            {
                SetOutcome(new(GatewayReconnectAction.Resume, "a send failed: " + exception.Message));
            }
        }
    }

    private async Task HandleAsync(GatewayPayload payload, long receivedAt)
    {
        switch ((GatewayOpcode)payload.Op)
        {
            case GatewayOpcode.Dispatch:
                HasReachedSession |= session.Accept(payload, receivedAt);
                break;
            case GatewayOpcode.HeartbeatAck:
                _heartbeat?.Acknowledge();
                break;
            case GatewayOpcode.Heartbeat when _heartbeat is not null:
                await _heartbeat.SendNowAsync(_receiveCts.Token).ConfigureAwait(false);
                break;
            case GatewayOpcode.Reconnect:
                await CloseAsync(new(GatewayReconnectAction.Resume, "Discord asked to reconnect (op 7)"), GatewayCloseCodes.Reconnecting).ConfigureAwait(false);
                break;
            case GatewayOpcode.InvalidSession:
                await CloseAsync(InvalidSession(payload.D), GatewayCloseCodes.Reconnecting).ConfigureAwait(false);
                break;
        }
    }

    private static ConnectionOutcome InvalidSession(JsonElement data) => data.ValueKind == JsonValueKind.True
        ? new(GatewayReconnectAction.Resume, "the session was invalidated but may be resumed (op 9 true)")
        : new(GatewayReconnectAction.NewSession, "the session was invalidated (op 9 false)") { WaitBeforeIdentify = true };

    /// <summary>Reads the next frame; null once the socket ended, with the outcome set.</summary>
    private async Task<GatewayPayload?> ReceiveAsync()
    {
        while (true)
        {
            TransportMessage message;
            try
            {
                message = await transport.ReceiveAsync(_receiveCts.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (IsConnectionFault(exception))
            {
                SetOutcome(new(GatewayReconnectAction.Resume, "the socket dropped: " + exception.Message));
                return null;
            }

            _lastReceivedAt = time.GetTimestamp();
            if (message.IsClose)
            {
                SetOutcome(ConnectionOutcome.FromClose(transport.CloseStatus, transport.CloseStatusDescription));
                return null;
            }

            try
            {
                return JsonSerializer.Deserialize(message.Utf8Json.Span, DiscordJson.Context.GatewayPayload);
            }
            catch (JsonException exception)
            {
                GatewayLog.MalformedFrame(logger, exception);
            }
        }
    }

    private async Task HeartbeatAsync(TimeSpan interval)
    {
        try
        {
            await _heartbeat!.RunUntilZombieAsync(interval, _receiveCts.Token).ConfigureAwait(false);
            GatewayLog.Zombie(logger);
            await CloseAsync(new(GatewayReconnectAction.Resume, "no heartbeat ACK (zombie connection)"), GatewayCloseCodes.Reconnecting).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_receiveCts.IsCancellationRequested)
        {
            // The connection is ending; the heartbeat ends with it.
        }
        catch (Exception exception) when (IsConnectionFault(exception))
        {
            // A failed heartbeat send means the socket is gone; the receive loop notices the same.
            SetOutcome(new(GatewayReconnectAction.Resume, "a heartbeat failed: " + exception.Message));
            _receiveCts.Cancel();
        }
    }

    /// <summary>Sends a close frame once, then stops reading after the close timeout.</summary>
    private async Task CloseAsync(ConnectionOutcome outcome, int closeStatus)
    {
        if (!SetOutcome(outcome))
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(options.CloseTimeout, time);
            await _sender.CloseAsync(closeStatus, outcome.Reason, timeout.Token).ConfigureAwait(false);
            _receiveCts.CancelAfter(options.CloseTimeout);
        }
        catch (Exception exception) when (IsConnectionFault(exception))
        {
            GatewayLog.CloseFailed(logger, exception);
            _receiveCts.Cancel();
        }
    }

    private bool SetOutcome(ConnectionOutcome outcome) =>
        Interlocked.CompareExchange(ref _outcome, outcome, null) is null;

    /// <summary>Anything the transport throws ends this connection; it never ends the client.</summary>
    private static bool IsConnectionFault(Exception exception) =>
        exception is not GatewayPayloadTooLargeException and not OutOfMemoryException;
}
