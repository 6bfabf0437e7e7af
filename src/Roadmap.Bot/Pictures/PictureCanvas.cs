using SkiaSharp;

namespace Roadmap.Bot.Pictures;

/// <summary>A white-ish canvas of a fixed size, encoded to PNG once drawn.</summary>
internal sealed class PictureCanvas : IDisposable
{
    /// <summary>
    /// Pictures are flat colour with text: the Sub filter predicts a run of one colour perfectly, and
    /// zlib level 4 compresses such runs nearly as well as the default 6 in less than half the time.
    /// The defaults (every filter tried per row, level 6) cost over twice as long for a few percent fewer
    /// bytes (measured in tests/Roadmap.Benchmarks/README.md, "Pictures").
    /// </summary>
    public static readonly SKPngEncoderOptions Png = new(SKPngEncoderFilterFlags.Sub, 4);

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
