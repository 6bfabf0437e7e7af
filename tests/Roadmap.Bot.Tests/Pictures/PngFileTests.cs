using System.Buffers.Binary;
using System.Text;
using Roadmap.Bot.Pictures;
using SkiaSharp;

namespace Roadmap.Bot.Tests.Pictures;

/// <summary>
/// The bot's own PNG writer: what it writes must read back, pixel for pixel, in another decoder
/// (Skia's libpng), and be a well-formed file by the PNG rules (chunks, lengths, CRCs).
/// </summary>
public sealed class PngFileTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(37, 23)] // a row of 148 bytes: not a whole number of vectors, so the tail loop runs
    [InlineData(1200, 3)]
    public void Encode_AnyPixels_DecodeToTheSamePixels(int width, int height)
    {
        // Random colours make every row differ from the one above by anything, wrapping below zero.
        using var bitmap = Opaque(width, height);
        var random = new Random(width * 31 + height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                bitmap.SetPixel(x, y, new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)));
            }
        }

        var decoded = Decode(Encode(bitmap));

        Assert.Equal(width, decoded.Width);
        Assert.Equal(height, decoded.Height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                Assert.Equal(bitmap.GetPixel(x, y), decoded.GetPixel(x, y));
            }
        }
    }

    [Fact]
    public void Encode_WritesSignatureHeaderDataAndEnd_EachChunkWithItsLengthAndCrc()
    {
        using var bitmap = Opaque(300, 200);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(PictureCanvas.Background);
            using var paint = new SKPaint { Color = new SKColor(0x16, 0xA3, 0x4A), IsAntialias = true };
            canvas.DrawCircle(150, 100, 60, paint);
        }

        var png = Encode(bitmap);

        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        var chunks = Chunks(png.AsSpan(8));
        Assert.Equal(["IHDR", "IDAT", "IEND"], chunks.Select(c => c.Type));
        var header = chunks[0].Data;
        Assert.Equal(300, BinaryPrimitives.ReadInt32BigEndian(header));
        Assert.Equal(200, BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4)));
        Assert.Equal(new byte[] { 8, 6, 0, 0, 0 }, header[8..]); // 8 bits, RGBA, deflate, standard filters, not interlaced
        Assert.Empty(chunks[2].Data);
        Assert.Equal(0x78, chunks[1].Data[0]); // a zlib stream, as PNG requires
    }

    [Fact]
    public void Encode_SamePixelsTwice_GivesTheSameBytes()
    {
        using var bitmap = Opaque(64, 64);
        bitmap.Erase(new SKColor(0xBA, 0xE6, 0xFD));

        Assert.Equal(Encode(bitmap), Encode(bitmap));
    }

    [Theory]
    [InlineData(SKColorType.Bgra8888, SKAlphaType.Opaque)]
    [InlineData(SKColorType.Rgba8888, SKAlphaType.Premul)]
    public void Encode_PixelsNotOpaqueRgba_IsRefused(SKColorType colorType, SKAlphaType alphaType)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(4, 4, colorType, alphaType));
        using var pixmap = bitmap.PeekPixels();

        var refused = Assert.Throws<ArgumentException>(() => PngFile.Encode(pixmap));
        Assert.Contains("opaque RGBA", refused.Message, StringComparison.Ordinal);
    }

    private static SKBitmap Opaque(int width, int height) =>
        new(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));

    private static byte[] Encode(SKBitmap bitmap)
    {
        using var pixmap = bitmap.PeekPixels();
        return PngFile.Encode(pixmap);
    }

    private static SKBitmap Decode(byte[] png) =>
        SKBitmap.Decode(png) ?? throw new InvalidOperationException("Skia could not decode the PNG.");

    /// <summary>Walks the chunks, checking that each length fits and each CRC matches.</summary>
    private static List<(string Type, byte[] Data)> Chunks(ReadOnlySpan<byte> file)
    {
        var chunks = new List<(string, byte[])>();
        while (!file.IsEmpty)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file);
            Assert.InRange(length, 0, file.Length - 12);
            var typeAndData = file.Slice(4, 4 + length);
            Assert.Equal(Crc(typeAndData), BinaryPrimitives.ReadUInt32BigEndian(file[(8 + length)..]));
            chunks.Add((Encoding.ASCII.GetString(typeAndData[..4]), typeAndData[4..].ToArray()));
            file = file[(12 + length)..];
        }

        return chunks;
    }

    /// <summary>CRC-32 as the PNG specification defines it, bit by bit: independent of the writer's.</summary>
    private static uint Crc(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return crc ^ 0xFFFFFFFFu;
    }
}
