using SkiaSharp;

namespace Roadmap.Bot.Pictures;

/// <summary>A white-ish canvas of a fixed size, encoded to PNG once drawn.</summary>
internal sealed class PictureCanvas : IDisposable
{
    public static readonly SKColor Background = new(0xF8, 0xFA, 0xFC);

    private readonly byte[] _pixels;
    private readonly SKBitmap _bitmap = new();

    public PictureCanvas(int width, int height)
    {
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        _pixels = PixelBuffers.Rent(info.BytesSize);
        if (!_bitmap.InstallPixels(info, PixelBuffers.AddressOf(_pixels), info.RowBytes))
        {
            PixelBuffers.Return(_pixels);
            _bitmap.Dispose();
            throw new InvalidOperationException($"Skia refused a {width}x{height} canvas.");
        }

        Canvas = new SKCanvas(_bitmap);
        Canvas.Clear(Background);
    }

    public SKCanvas Canvas { get; }

    /// <summary>The picture as PNG (<see cref="PngFile"/>: encoding used to be most of a picture's cost).</summary>
    public byte[] EncodePng()
    {
        Canvas.Flush();
        using var pixmap = _bitmap.PeekPixels();
        return PngFile.Encode(pixmap);
    }

    public void Dispose()
    {
        Canvas.Dispose();
        _bitmap.Dispose();
        PixelBuffers.Return(_pixels);
    }
}
