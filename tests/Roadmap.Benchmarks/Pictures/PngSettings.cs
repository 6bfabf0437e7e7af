using Roadmap.Bot.Pictures;
using SkiaSharp;

namespace Roadmap.Benchmarks.Pictures;

/// <summary>
/// The PNG encoders compared on the same pixels: Skia's (libpng) at its defaults and at the settings
/// the bot used before it wrote its own, and the bot's <see cref="PngFile"/>.
/// </summary>
internal static class PngSettings
{
    public static readonly IReadOnlyList<(string Name, Func<SKPixmap, byte[]> Encode)> All =
    [
        ("Skia, default (all filters, zlib 6)", p => Skia(p, new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, 6))),
        ("Skia, Sub filter, zlib 1 (until 2026-12-02)", p => Skia(p, new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 1))),
        ("PngFile: RGBA, Up, zlib-ng fastest (the bot's)", PngFile.Encode),
    ];

    private static byte[] Skia(SKPixmap pixmap, SKPngEncoderOptions options)
    {
        using var data = pixmap.Encode(options) ?? throw new InvalidOperationException("Skia could not encode.");
        return data.ToArray();
    }
}
