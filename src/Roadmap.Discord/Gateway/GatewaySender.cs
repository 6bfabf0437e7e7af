using System.Text.Json;
using Roadmap.Discord.Json;

namespace Roadmap.Discord.Gateway;

/// <summary>
/// Serializes outgoing frames, refuses those over 4096 bytes, keeps the connection under the send
/// limit and makes sure only one frame is written to the socket at a time.
/// </summary>
internal sealed class GatewaySender(IGatewayTransport transport, GatewaySendLimiter limiter) : IDisposable
{
    private readonly SemaphoreSlim _socketLock = new(1, 1);

    public GatewaySendLimiter Limiter => limiter;

    public async Task SendAsync<T>(GatewayOpcode opcode, T? data, CancellationToken cancellationToken)
    {
        var frame = JsonSerializer.SerializeToUtf8Bytes(new OutgoingPayload<T>(opcode, data), DiscordJson.TypeInfo<OutgoingPayload<T>>());
        if (frame.Length > GatewayPayloadTooLargeException.MaxFrameBytes)
        {
            throw new GatewayPayloadTooLargeException(opcode, frame.Length);
        }

        // The slot is taken before the socket lock, so a regular frame waiting for the window
        // never holds up a heartbeat.
        await limiter.AcquireAsync(opcode == GatewayOpcode.Heartbeat, cancellationToken).ConfigureAwait(false);
        await _socketLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await transport.SendAsync(frame, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _socketLock.Release();
        }
    }

    public async Task CloseAsync(int closeStatus, string description, CancellationToken cancellationToken)
    {
        await _socketLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await transport.CloseAsync(closeStatus, description, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _socketLock.Release();
        }
    }

    public void Dispose() => _socketLock.Dispose();
}
