using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Roadmap.Testing.Gateway;

/// <summary>Runs one socket on the fake gateway: HELLO, then each client frame under the gateway's lock.</summary>
internal sealed class FakeGatewaySocketHandler(FakeGateway gateway, FakeGatewayConnection connection)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var interval = (int)gateway.HeartbeatInterval.TotalMilliseconds;
        await UnderGateAsync(() => connection.SendAsync($$$"""{"op":10,"d":{"heartbeat_interval":{{{interval}}}}}"""));
        var closedByClient = false;
        try
        {
            while (await ReceiveAsync(cancellationToken) is { } json)
            {
                await UnderGateAsync(() => HandleAsync(json));
            }

            closedByClient = connection.ClientCloseCode is not null;
        }
        finally
        {
            await UnderGateAsync(() => DetachAsync(closedByClient));
        }
    }

    private async Task<string?> ReceiveAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await connection.ReceiveAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is System.Net.WebSockets.WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            return null;
        }
    }

    private Task DetachAsync(bool closedByClient)
    {
        if (closedByClient)
        {
            gateway.RecordClose(new(connection.Id, ByClient: true, connection.ClientCloseCode));
        }

        if (gateway.Active == connection)
        {
            gateway.Active = null;
            // Closing with 1000/1001 ends the session (REFERENCE.md 1.8); any other way keeps it resumable.
            if (closedByClient && FakeGateway.EndsSession(connection.ClientCloseCode) && connection.ClientCloseCode < 4000)
            {
                gateway.EndSession();
            }
        }

        return Task.CompletedTask;
    }

    private async Task UnderGateAsync(Func<Task> action)
    {
        await gateway.Gate.WaitAsync();
        try
        {
            await action();
        }
        finally
        {
            gateway.Gate.Release();
            gateway.Signal.Pulse();
        }
    }

    private Task HandleAsync(string json)
    {
        var now = DateTimeOffset.UtcNow;
        JsonNode? frame;
        try
        {
            frame = JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return CloseAsync(4002, "Error while decoding payload.");
        }

        var op = frame?["op"]?.GetValue<int>() ?? -1;
        gateway.RecordFrame(new FakeGatewayFrame(connection.Id, op, json, now));
        if (Encoding.UTF8.GetByteCount(json) > 4096)
        {
            return CloseAsync(4002, "Error while decoding payload.");
        }

        if (!connection.CountFrame(now))
        {
            return CloseAsync(4008, "Rate limited.");
        }

        var data = frame?["d"];
        return op switch
        {
            1 => HeartbeatAsync(),
            2 => IdentifyAsync(data),
            6 => ResumeAsync(data),
            3 or 4 or 8 => Task.CompletedTask,
            _ => CloseAsync(4001, "Unknown opcode."),
        };
    }

    private Task HeartbeatAsync() =>
        gateway.WithholdHeartbeatAcks || connection.WithholdAcks ? Task.CompletedTask : connection.SendAsync("""{"op":11}""");

    private async Task IdentifyAsync(JsonNode? data)
    {
        if (connection.IsIdentified)
        {
            await CloseAsync(4005, "Already authenticated.");
            return;
        }

        if (!IsTokenValid(data))
        {
            await CloseAsync(4004, "Authentication failed.");
            return;
        }

        gateway.CountIdentify();
        gateway.SessionStartLimit.TakeOne();
        gateway.EndSession();
        var carried = gateway.Pending.ToList();
        gateway.Pending.Clear();
        var session = new FakeGatewaySession($"fake-session-{gateway.NextSessionNumber()}");
        gateway.Session = session;
        Attach();
        await gateway.SendEventAsync(connection, session.Append("READY", FakeReady.Build(session.Id, gateway.ResumeUrl, gateway.OmitPrivateChannels)));
        foreach (var (name, dataJson) in carried)
        {
            await gateway.SendEventAsync(connection, session.Append(name, dataJson));
        }
    }

    private async Task ResumeAsync(JsonNode? data)
    {
        if (!IsTokenValid(data))
        {
            await CloseAsync(4004, "Authentication failed.");
            return;
        }

        gateway.CountResume();
        var session = gateway.Session;
        if (session is null || session.Id != data?["session_id"]?.GetValue<string>())
        {
            await connection.SendAsync("""{"op":9,"d":false}""");
            return;
        }

        Attach();
        var seq = data?["seq"]?.GetValue<int>() ?? 0;
        foreach (var missed in session.After(seq).ToList())
        {
            await gateway.SendEventAsync(connection, missed);
        }

        await gateway.SendEventAsync(connection, session.Append("RESUMED", "{}"));
    }

    private void Attach()
    {
        connection.IsIdentified = true;
        gateway.Active = connection;
    }

    private bool IsTokenValid(JsonNode? data)
    {
        var token = data?["token"]?.GetValue<string>();
        return !string.IsNullOrEmpty(token) && (gateway.ExpectedToken is null || gateway.ExpectedToken == token);
    }

    private Task CloseAsync(int code, string reason)
    {
        if (gateway.Active == connection)
        {
            gateway.Active = null;
        }

        if (FakeGateway.EndsSession(code))
        {
            gateway.EndSession();
        }

        gateway.RecordClose(new(connection.Id, ByClient: false, code));
        return connection.CloseAsync(code, reason);
    }
}
