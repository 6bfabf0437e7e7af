using SkiaSharp;

namespace Roadmap.Bot.Pictures;

/// <summary>
/// The typefaces pictures draw with, read from the binary's own resources the first time a picture is
/// drawn (which is also when the native Skia library loads, so start-up does not change). A host font
/// is never used: the runtime image has none, and the same font everywhere gives the same pixels.
/// </summary>
internal static class PictureFonts
{
    private static readonly Lazy<SKTypeface> LazyRegular = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> LazyBold = new(() => Load("DejaVuSans-Bold.ttf"));

    public static SKTypeface Regular => LazyRegular.Value;

    public static SKTypeface Bold => LazyBold.Value;

    private static SKTypeface Load(string file)
    {
        var name = $"Roadmap.Bot.Pictures.Fonts.{file}";
        using var stream = typeof(PictureFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The font resource {name} is missing from the build.");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"The font resource {name} is not a font Skia can read.");
    }
}
