using System.IO.Compression;
using System.Text;
using Roadmap.Discord.Gateway;

namespace Roadmap.Discord.Tests.Gateway;

public sealed class ZlibStreamInflaterTests
{
    [Fact]
    public void TryInflate_MessagesSharingOneContext_InflatesEachInOrder()
    {
        using var deflater = new Deflater();
        using var inflater = new ZlibStreamInflater();
        var messages = new[] { """{"op":10,"d":{"heartbeat_interval":41250}}""", """{"op":11}""", """{"op":0,"t":"READY","s":1,"d":{"v":10}}""" };

        var inflated = messages.Select(m =>
        {
            Assert.True(inflater.TryInflate(deflater.Compress(m), out var json));
            return Encoding.UTF8.GetString(json.Span);
        });

        Assert.Equal(messages, inflated);
    }

    [Fact]
    public void TryInflate_MessageSplitAcrossFrames_WaitsForTheSyncFlushSuffix()
    {
        using var deflater = new Deflater();
        using var inflater = new ZlibStreamInflater();
        var compressed = deflater.Compress("""{"op":0,"t":"INTERACTION_CREATE","s":2,"d":{"id":"1"}}""");

        var firstPart = inflater.TryInflate(compressed.AsSpan(0, compressed.Length - 2), out _);
        var secondPart = inflater.TryInflate(compressed.AsSpan(compressed.Length - 2), out var json);

        Assert.False(firstPart);
        Assert.True(secondPart);
        Assert.Contains("INTERACTION_CREATE", Encoding.UTF8.GetString(json.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Compress_SyncFlushedZlib_EndsWithTheDiscordSuffix()
    {
        using var deflater = new Deflater();

        var compressed = deflater.Compress("{}");

        Assert.Equal(new byte[] { 0x00, 0x00, 0xFF, 0xFF }, compressed[^4..]);
    }

    /// <summary>Discord's side of zlib-stream: one context, each message sync-flushed.</summary>
    private sealed class Deflater : IDisposable
    {
        private readonly MemoryStream _output = new();
        private readonly ZLibStream _zlib;

        public Deflater() => _zlib = new ZLibStream(_output, CompressionLevel.Optimal, leaveOpen: true);

        public byte[] Compress(string json)
        {
            _output.SetLength(0);
            _zlib.Write(Encoding.UTF8.GetBytes(json));
            _zlib.Flush();
            return _output.ToArray();
        }

        public void Dispose()
        {
            _zlib.Dispose();
            _output.Dispose();
        }
    }
}
