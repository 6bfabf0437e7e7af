using Roadmap.Bot.Tests.Fakes;
using SkiaSharp;

namespace Roadmap.Bot.Tests.Pictures;

/// <summary>
/// Compares a fresh drawing with its golden PNG in Pictures/Golden/, pixel by pixel with a small
/// tolerance, and says what to do when they differ. With UPDATE_GOLDEN_PICTURES=1 it writes the fresh
/// drawing over the golden in the source tree instead, and fails all the same: a run that updates goldens
/// must never pass, so setting the variable in CI cannot hide a changed picture.
/// </summary>
internal static class GoldenPicture
{
    public const string UpdateVariable = "UPDATE_GOLDEN_PICTURES";

    /// <summary>
    /// How far one channel of a pixel may be off without counting as different. Skia picks its
    /// blending code by the CPU it runs on (SSE2, AVX2, NEON...), and those paths round blended and
    /// anti-aliased edges differently by one or two steps; a change in what is drawn moves a channel by
    /// far more (the nearest two box colours differ by 30 or more in some channel).
    /// </summary>
    public const int ChannelTolerance = 2;

    /// <summary>
    /// The share of pixels that may differ by more than <see cref="ChannelTolerance"/>: 0.001% (9 on
    /// the map, 3 on the weeks chart, 2 on the insights chart). Room for a few edge pixels rounded
    /// differently by another CPU, and under what any visible change costs: one box in another colour
    /// changes thousands of pixels; one letter of a box's title, measured, 34 to 61 (0.1%, 960 on the
    /// map, would let a whole word change unseen). GoldenPictureTests checks both kinds of change.
    /// </summary>
    public const double MaxDifferingShare = 0.00001;

    /// <summary>The goldens in the source tree, read there so there is one copy to compare with and to update.</summary>
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "Roadmap.Bot.Tests", "Pictures", "Golden");

    /// <summary>Where a failing test leaves its fresh drawing: beside the test binaries.</summary>
    public static string FailuresFolder => Path.Combine(AppContext.BaseDirectory, "golden-failures");

    private static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) is { Length: > 0 } value && value != "0";

    public static void AssertMatches(string fileName, byte[] fresh)
    {
        var golden = Path.Combine(Folder, fileName);
        var difference = File.Exists(golden) ? Compare(File.ReadAllBytes(golden), fresh) : "there is no golden picture yet";
        if (Updating)
        {
            if (difference is null)
            {
                Assert.Fail($"{UpdateVariable} is set: {golden} already matches the fresh drawing, so it was left alone. Unset {UpdateVariable} and run the tests again; with it set they never pass.");
            }

            File.WriteAllBytes(golden, fresh);
            Assert.Fail($"{UpdateVariable} is set: wrote the fresh drawing over {golden} ({difference}). Look at it, commit it with the change that caused it, unset {UpdateVariable} and run the tests again; with it set they never pass.");
        }

        var saved = Path.Combine(FailuresFolder, fileName);
        if (difference is null)
        {
            // A drawing left by an earlier failing run would only mislead now.
            if (File.Exists(saved))
            {
                File.Delete(saved);
            }

            return;
        }

        Directory.CreateDirectory(FailuresFolder);
        File.WriteAllBytes(saved, fresh);
        Assert.Fail(
            $"{fileName} is not its golden picture: {difference}. The fresh drawing is at {saved}; the golden is {golden}. " +
            $"If the change is intended, run `{UpdateVariable}=1 dotnet test tests/Roadmap.Bot.Tests --filter GoldenPictureTests` to write it over the golden, look at it, and commit it.");
    }

    /// <summary>Null when the two PNGs show the same picture within the tolerance; otherwise what differs.</summary>
    public static string? Compare(byte[] expectedPng, byte[] actualPng)
    {
        using var expected = Decode(expectedPng);
        using var actual = Decode(actualPng);
        if ((expected.Width, expected.Height) != (actual.Width, actual.Height))
        {
            return $"the golden is {expected.Width}×{expected.Height} pixels, the fresh drawing {actual.Width}×{actual.Height}";
        }

        var a = expected.Pixels;
        var b = actual.Pixels;
        var differing = 0;
        var largest = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var channel = Math.Max(
                Math.Max(Math.Abs(a[i].Red - b[i].Red), Math.Abs(a[i].Green - b[i].Green)),
                Math.Max(Math.Abs(a[i].Blue - b[i].Blue), Math.Abs(a[i].Alpha - b[i].Alpha)));
            largest = Math.Max(largest, channel);
            if (channel > ChannelTolerance)
            {
                differing++;
            }
        }

        var allowed = (int)(a.Length * MaxDifferingShare);
        return differing <= allowed
            ? null
            : $"{differing} of {a.Length} pixels differ by more than {ChannelTolerance} in a channel, where at most {allowed} may (the largest difference is {largest})";
    }

    /// <summary>Decoded to one pixel format, whatever the platform's default, so the channels compare as they are.</summary>
    private static SKBitmap Decode(byte[] png)
    {
        var bounds = SKBitmap.DecodeBounds(png);
        var info = new SKImageInfo(bounds.Width, bounds.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        return SKBitmap.Decode(png, info) ?? throw new InvalidOperationException("Skia could not decode the picture.");
    }
}
