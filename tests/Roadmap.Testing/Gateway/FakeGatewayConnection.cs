using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Roadmap.Testing.Gateway;

/// <summary>One client socket on the fake gateway. Every send happens under the gateway's lock.</summary>
internal sealed class FakeGatewayConnection(int id, WebSocket socket, HttpContext context, bool compressed, Action onCompressedFrame) : IDisposable
{
    private readonly ZlibStreamDeflater? _deflater = compressed ? new ZlibStreamDeflater() : null;
    private readonly Queue<DateTimeOffset> _recentFrames = new();

    public int Id => id;

    public bool IsIdentified { get; set; }

    /// <summary>Heartbeats on this connection get no ACK, so the client sees a zombie.</summary>
    public bool WithholdAcks { get; set; }

    public bool IsOpen => socket.State == WebSocketState.Open;

    public async Task SendAsync(string json)
    {
        if (!IsOpen)
        {
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(json);
        try
        {
            if (_deflater is null)
            {
                await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
            }
            else
            {
                await socket.SendAsync(_deflater.Compress(bytes), WebSocketMessageType.Binary, endOfMessage: true, CancellationToken.None);
                onCompressedFrame();
            }
        }
        catch (Exception exception) when (exception is WebSocketException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The client went away; its receive loop will notice and resume.
        }
    }

    /// <summary>Counts a received frame; false when the client broke the 120 per 60 s limit.</summary>
    public bool CountFrame(DateTimeOffset now)
    {
        while (_recentFrames.Count > 0 && now - _recentFrames.Peek() >= TimeSpan.FromSeconds(60))
        {
            _recentFrames.Dequeue();
        }

        _recentFrames.Enqueue(now);
        return _recentFrames.Count <= 120;
    }

    public async Task<string?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[8192];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
            }
        }
    }

    public int? ClientCloseCode => (int?)socket.CloseStatus;

    public async Task CloseAsync(int code, string reason)
    {
        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
        }
        catch (Exception exception) when (exception is WebSocketException or IOException or ObjectDisposedException)
        {
            // Already gone.
        }
    }

    /// <summary>Ends the TCP connection without a close frame.</summary>
    public void Drop()
    {
        socket.Abort();
        context.Abort();
    }

    public void Dispose()
    {
        socket.Dispose();
        _deflater?.Dispose();
    }
}
