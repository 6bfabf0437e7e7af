namespace Roadmap.Discord.Gateway;

/// <summary>One whole message from the transport, or the peer's close (see the transport's close status).</summary>
public sealed record TransportMessage(ReadOnlyMemory<byte> Utf8Json, bool IsClose)
{
    public static TransportMessage Closed { get; } = new(ReadOnlyMemory<byte>.Empty, IsClose: true);

    public static TransportMessage Text(ReadOnlyMemory<byte> utf8Json) => new(utf8Json, IsClose: false);
}
