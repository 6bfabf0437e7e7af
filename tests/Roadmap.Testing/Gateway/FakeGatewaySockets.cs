using Microsoft.AspNetCore.Http;

namespace Roadmap.Testing.Gateway;

/// <summary>Accepts the fake gateway's WebSockets and keeps track of the live ones and every URL used.</summary>
internal sealed class FakeGatewaySockets(FakeGateway gateway)
{
    private readonly List<Uri> _urls = [];
    private readonly HashSet<FakeGatewayConnection> _live = [];

    public int Count { get { lock (_urls) { return _urls.Count; } } }

    public IReadOnlyList<Uri> Urls { get { lock (_urls) { return [.. _urls]; } } }

    public async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        int id;
        lock (_urls)
        {
            _urls.Add(new Uri($"ws://{context.Request.Host}{context.Request.Path}{context.Request.QueryString}"));
            id = _urls.Count;
        }

        var compressed = context.Request.Query["compress"] == "zlib-stream";
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var connection = new FakeGatewayConnection(id, socket, context, compressed, gateway.CountCompressedFrame);
        lock (_live)
        {
            _live.Add(connection);
        }

        gateway.Signal.Pulse();
        try
        {
            await new FakeGatewaySocketHandler(gateway, connection).RunAsync(context.RequestAborted);
        }
        finally
        {
            lock (_live)
            {
                _live.Remove(connection);
            }
        }
    }

    public void DropAll()
    {
        lock (_live)
        {
            foreach (var connection in _live)
            {
                connection.Drop();
            }
        }
    }
}
