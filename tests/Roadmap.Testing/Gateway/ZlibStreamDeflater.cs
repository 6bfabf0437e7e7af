using System.IO.Compression;

namespace Roadmap.Testing.Gateway;

/// <summary>
/// Server side of zlib-stream: one deflate context per connection, each message sync-flushed so it
/// ends with 00 00 FF FF, as Discord does.
/// </summary>
internal sealed class ZlibStreamDeflater : IDisposable
{
    private readonly MemoryStream _output = new();
    private readonly ZLibStream _zlib;

    public ZlibStreamDeflater()
    {
        _zlib = new ZLibStream(_output, CompressionLevel.Fastest, leaveOpen: true);
    }

    public byte[] Compress(ReadOnlySpan<byte> message)
    {
        _output.SetLength(0);
        _zlib.Write(message);
        _zlib.Flush();
        return _output.ToArray();
    }

    public void Dispose()
    {
        _zlib.Dispose();
        _output.Dispose();
    }
}
