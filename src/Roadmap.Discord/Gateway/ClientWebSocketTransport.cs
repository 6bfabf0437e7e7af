using System.Buffers;
using System.Net.WebSockets;

namespace Roadmap.Discord.Gateway;

/// <summary>
/// <see cref="IGatewayTransport"/> over <see cref="ClientWebSocket"/>. When the URL asks for
/// <c>compress=zlib-stream</c>, binary messages are inflated through one context per connection.
/// </summary>
public sealed class ClientWebSocketTransport : IGatewayTransport, IDisposable
{
    private const int ReceiveChunkBytes = 16 * 1024;

    private ClientWebSocket? _socket;
    private ZlibStreamInflater? _inflater;

    // One buffer for the connection's whole life: a message's bytes are read before the next
    // receive (see IGatewayTransport), so every frame reuses it instead of allocating 16 KB.
    private readonly ArrayBufferWriter<byte> _message = new(ReceiveChunkBytes);

    public int? CloseStatus => (int?)_socket?.CloseStatus;

    public string? CloseStatusDescription => _socket?.CloseStatusDescription;

    private ClientWebSocket Socket => _socket ?? throw new InvalidOperationException("The transport is not connected.");

    public async Task ConnectAsync(Uri uri, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uri);
        DisposeConnection();
        // Discord's heartbeats keep the connection alive; WebSocket pings would only add traffic.
        _socket = new ClientWebSocket { Options = { KeepAliveInterval = TimeSpan.Zero } };
        _inflater = IsZlibStream(uri) ? new ZlibStreamInflater() : null;
        await _socket.ConnectAsync(uri, cancellationToken).ConfigureAwait(false);
    }

    public Task SendAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken) =>
        Socket.SendAsync(utf8Json, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).AsTask();

    public async Task<TransportMessage> ReceiveAsync(CancellationToken cancellationToken)
    {
        var socket = Socket;
        var message = _message;
        while (true)
        {
            message.ResetWrittenCount();
            ValueWebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(message.GetMemory(ReceiveChunkBytes), cancellationToken).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return TransportMessage.Closed;
                }

                message.Advance(result.Count);
            }
            while (!result.EndOfMessage);

            if (result.MessageType == WebSocketMessageType.Text || _inflater is null)
            {
                return TransportMessage.Text(message.WrittenMemory);
            }

            if (_inflater.TryInflate(message.WrittenSpan, out var inflated))
            {
                return TransportMessage.Text(inflated);
            }
        }
    }

    public async Task CloseAsync(int closeStatus, string description, CancellationToken cancellationToken)
    {
        var socket = Socket;
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)closeStatus, description, cancellationToken).ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync()
    {
        DisposeConnection();
        return ValueTask.CompletedTask;
    }

    /// <summary>Also disposable synchronously, so a container disposed with Dispose() can release it.</summary>
    public void Dispose() => DisposeConnection();

    private static bool IsZlibStream(Uri uri) =>
        uri.Query.TrimStart('?').Split('&').Contains("compress=zlib-stream", StringComparer.OrdinalIgnoreCase);

    private void DisposeConnection()
    {
        _socket?.Dispose();
        _socket = null;
        _inflater?.Dispose();
        _inflater = null;
    }
}
