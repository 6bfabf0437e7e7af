using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Numerics;
using SkiaSharp;

namespace Roadmap.Bot.Pictures;

/// <summary>
/// Writes a drawn picture as PNG: 8-bit RGBA, every row with the Up filter, one IDAT chunk
/// compressed by the runtime's zlib at its fastest level.
/// <para>
/// Why not Skia's encoder: encoding was most of a picture's cost, and this takes about a third of
/// the time (the same maps: 7.9–8.7 → 2.9–3.0 ms; tests/Roadmap.Benchmarks/README.md, "A PNG writer
/// of our own"). Skia's libpng runs the filter byte by byte and deflates with the classic zlib; here the
/// filter is a vector subtraction of two rows and the runtime's zlib-ng does the rest. Pictures are
/// flat colour with text, so a row is mostly the row above it: Up turns that into runs of zeros.
/// Keeping the alpha channel (always opaque) avoids repacking every pixel; files are about 20%
/// larger than Skia's (about 250 KiB for the map), which is nothing for an upload.
/// </para>
/// </summary>
internal static class PngFile
{
    private const byte UpFilter = 2;
    private const byte TruecolourWithAlpha = 6;

    [ThreadStatic]
    private static MemoryStream? t_output;

    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <param name="pixmap">Opaque RGBA, 8 bits a channel: what <see cref="PictureCanvas"/> draws on.</param>
    public static byte[] Encode(SKPixmap pixmap)
    {
        ArgumentNullException.ThrowIfNull(pixmap);
        if (pixmap.ColorType != SKColorType.Rgba8888 || pixmap.AlphaType != SKAlphaType.Opaque)
        {
            throw new ArgumentException($"Expected opaque RGBA 8888 pixels, got {pixmap.ColorType} {pixmap.AlphaType}.", nameof(pixmap));
        }

        var width = pixmap.Width;
        var height = pixmap.Height;
        var line = width * 4;
        var pixels = pixmap.GetPixelSpan();

        // Compressed into this thread's buffer, which keeps its size for the next picture, so only
        // the finished file is a new array (the map's would otherwise take two more large ones).
        var output = t_output ??= new MemoryStream();
        output.SetLength(0);
        output.Write(Signature);
        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 8; // bits per channel
        header[9] = TruecolourWithAlpha;
        header[10] = 0; // deflate
        header[11] = 0; // the five standard filters
        header[12] = 0; // not interlaced
        WriteChunk(output, "IHDR"u8, header);

        // IDAT's length is known only once compressed: write a placeholder, then fill it in.
        var idat = (int)output.Position;
        output.Write([0, 0, 0, 0, (byte)'I', (byte)'D', (byte)'A', (byte)'T']);
        var row = ArrayPool<byte>.Shared.Rent(line + 1);
        try
        {
            using var zlib = new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true);
            var filtered = row.AsSpan(0, line + 1);
            filtered[0] = UpFilter;
            for (var y = 0; y < height; y++)
            {
                var current = pixels.Slice(y * pixmap.RowBytes, line);
                if (y == 0)
                {
                    current.CopyTo(filtered[1..]); // the row above the first is all zeros
                }
                else
                {
                    Subtract(current, pixels.Slice((y - 1) * pixmap.RowBytes, line), filtered[1..]);
                }

                zlib.Write(filtered);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(row);
        }

        var buffer = output.GetBuffer();
        var length = (int)output.Position - idat - 8;
        BinaryPrimitives.WriteInt32BigEndian(buffer.AsSpan(idat), length);
        WriteCrc(output, buffer.AsSpan(idat + 4, length + 4));
        WriteChunk(output, "IEND"u8, []);
        return output.ToArray();
    }

    /// <summary>Byte by byte, <c>a - b</c> modulo 256: what the Up filter stores.</summary>
    private static void Subtract(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, Span<byte> difference)
    {
        var i = 0;
        for (; i <= a.Length - Vector<byte>.Count; i += Vector<byte>.Count)
        {
            (new Vector<byte>(a[i..]) - new Vector<byte>(b[i..])).CopyTo(difference[i..]);
        }

        for (; i < a.Length; i++)
        {
            difference[i] = (byte)(a[i] - b[i]);
        }
    }

    private static void WriteChunk(MemoryStream output, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> chunk = stackalloc byte[8 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        type.CopyTo(chunk[4..]);
        data.CopyTo(chunk[8..]);
        output.Write(chunk);
        WriteCrc(output, chunk[4..]);
    }

    /// <summary>A chunk ends with the CRC-32 of its type and data.</summary>
    private static void WriteCrc(MemoryStream output, ReadOnlySpan<byte> typeAndData)
    {
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32.HashToUInt32(typeAndData));
        output.Write(crc);
    }
}
