using SkiaSharp;

namespace Roadmap.Bot.Pictures;

/// <summary>A white-ish canvas of a fixed size, encoded to PNG once drawn.</summary>
internal sealed class PictureCanvas : IDisposable
{
    /// <summary>
    /// Encoding, not drawing, is most of a picture's cost. Pictures are flat colour with text: the Sub
    /// filter alone predicts a run of one colour perfectly, where the default tries every filter on
    /// every row; and zlib level 1 finds those runs nearly as well as the default 6. Measured on the
    /// map (tests/Roadmap.Benchmarks/README.md, "Pictures"): about a third of the defaults' time for
    /// about 17% more bytes (under 200 KiB, a trivial upload), and a repeat is served from the cache.
    /// </summary>
    public static readonly SKPngEncoderOptions Png = new(SKPngEncoderFilterFlags.Sub, 1);

    public static readonly SKColor Background = new(0xF8, 0xFA, 0xFC);

    private readonly SKBitmap _bitmap;

    public PictureCanvas(int width, int height)
    {
        _bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        Canvas = new SKCanvas(_bitmap);
        Canvas.Clear(Background);
    }

    public SKCanvas Canvas { get; }

    public byte[] EncodePng(SKPngEncoderOptions options)
    {
        Canvas.Flush();
        using var pixmap = _bitmap.PeekPixels();
        using var data = pixmap.Encode(options)
            ?? throw new InvalidOperationException("Skia could not encode the picture as PNG.");
        return data.ToArray();
    }

    public byte[] EncodePng() => EncodePng(Png);

    public void Dispose()
    {
        Canvas.Dispose();
        _bitmap.Dispose();
    }
}
