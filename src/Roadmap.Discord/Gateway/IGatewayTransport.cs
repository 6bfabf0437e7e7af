namespace Roadmap.Discord.Gateway;

/// <summary>
/// The seam between the gateway state machine and the socket. One instance serves the client's
/// whole life: each <see cref="ConnectAsync"/> opens a fresh connection (and a fresh zlib context).
/// A receive and a send may run at the same time; sends are never concurrent with each other.
/// A dropped connection (no close frame) surfaces as an exception from receive or send.
/// </summary>
public interface IGatewayTransport : IAsyncDisposable
{
    /// <summary>The close code of the last connection, once it closed with a close frame.</summary>
    int? CloseStatus { get; }

    string? CloseStatusDescription { get; }

    Task ConnectAsync(Uri uri, CancellationToken cancellationToken);

    /// <summary>Sends one UTF-8 JSON text frame.</summary>
    Task SendAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken);

    /// <summary>
    /// Receives one whole message, inflated if the connection is compressed. Its bytes may live in
    /// the transport's own buffer: they are valid until the next call, so read them before that.
    /// </summary>
    Task<TransportMessage> ReceiveAsync(CancellationToken cancellationToken);

    /// <summary>Sends a close frame with <paramref name="closeStatus"/> without waiting for the reply.</summary>
    Task CloseAsync(int closeStatus, string description, CancellationToken cancellationToken);
}
