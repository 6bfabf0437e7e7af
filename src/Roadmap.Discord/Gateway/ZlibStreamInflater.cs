using System.Buffers;
using System.IO.Compression;

namespace Roadmap.Discord.Gateway;

/// <summary>
/// Inflates <c>zlib-stream</c> transport compression: one zlib context for the whole connection,
/// fed message by message. A message is complete when the buffered bytes end with the Z_SYNC_FLUSH
/// suffix <c>00 00 FF FF</c>; until then chunks are only collected.
/// </summary>
internal sealed class ZlibStreamInflater : IDisposable
{
    private static ReadOnlySpan<byte> SyncFlushSuffix => [0x00, 0x00, 0xFF, 0xFF];

    private readonly ArrayBufferWriter<byte> _pending = new();
    private readonly MemoryStream _compressed = new();
    private readonly MemoryStream _inflated = new();
    private readonly ZLibStream _zlib;

    public ZlibStreamInflater()
    {
        _zlib = new ZLibStream(_compressed, CompressionMode.Decompress, leaveOpen: true);
    }

    /// <summary>Adds a chunk; returns true with the JSON once the chunk completes a message.</summary>
    public bool TryInflate(ReadOnlySpan<byte> chunk, out ReadOnlyMemory<byte> utf8Json)
    {
        _pending.Write(chunk);
        if (!_pending.WrittenSpan.EndsWith(SyncFlushSuffix))
        {
            utf8Json = ReadOnlyMemory<byte>.Empty;
            return false;
        }

        _compressed.SetLength(0);
        _compressed.Write(_pending.WrittenSpan);
        _compressed.Position = 0;
        _pending.ResetWrittenCount();

        // The zlib stream reads until the buffer is exhausted and returns 0; its context (the
        // dictionary of earlier messages) survives for the next message, which is the point.
        _inflated.SetLength(0);
        _zlib.CopyTo(_inflated);
        // The transport's contract lets the JSON live in this buffer until the next message.
        utf8Json = _inflated.GetBuffer().AsMemory(0, (int)_inflated.Length);
        return true;
    }

    public void Dispose()
    {
        _zlib.Dispose();
        _compressed.Dispose();
        _inflated.Dispose();
    }
}
