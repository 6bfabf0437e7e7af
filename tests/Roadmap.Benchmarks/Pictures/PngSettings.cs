using Roadmap.Bot.Pictures;
using SkiaSharp;

namespace Roadmap.Benchmarks.Pictures;

/// <summary>The PNG encoder settings compared: Skia's defaults, the bot's choice, and the fastest there is.</summary>
internal static class PngSettings
{
    public static readonly SKPngEncoderOptions Chosen = PictureCanvas.Png;

    public static readonly IReadOnlyList<(string Name, SKPngEncoderOptions Options)> All =
    [
        ("default (all filters, zlib 6)", new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, 6)),
        ("Sub filter, zlib 6", new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 6)),
        ("Sub filter, zlib 4", new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 4)),
        ("Sub filter, zlib 1 (the bot's)", Chosen),
        ("no filter, zlib 4", new SKPngEncoderOptions(SKPngEncoderFilterFlags.NoFilters, 4)),
        ("no filter, zlib 1", new SKPngEncoderOptions(SKPngEncoderFilterFlags.NoFilters, 1)),
    ];
}
