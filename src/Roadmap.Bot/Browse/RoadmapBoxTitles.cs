using Roadmap.Bot.Content;
using Roadmap.Bot.Pictures;
using SkiaSharp;

namespace Roadmap.Bot.Browse;

/// <summary>
/// The words in a milestone's box on the /roadmap map: its short title when it has one, else its
/// title, on at most two lines of the box. The map draws these lines and `content check` measures the
/// same ones, so what passes the check is never cut off with "…" on the map.
/// </summary>
internal static class RoadmapBoxTitles
{
    public const int MaxLines = 2;

    /// <summary>Room between the text and each side of the box.</summary>
    public const float Padding = 8;

    /// <summary>The font of a box's text (and of the map's other small text).</summary>
    public static SKFont Font() => new(PictureFonts.Regular, 12) { Subpixel = true };

    /// <summary>What the map writes for a milestone, before wrapping.</summary>
    public static string Shown(Milestone milestone)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        return milestone.ShortTitle ?? milestone.Title;
    }

    /// <summary>The lines drawn in <paramref name="box"/>; the last ends with "…" when the text does not fit.</summary>
    public static IReadOnlyList<string> LinesOf(Milestone milestone, SKRect box, SKFont font) =>
        PictureText.Wrap(Shown(milestone), font, box.Width - (2 * Padding), MaxLines);

    /// <summary>
    /// For `content check`: each milestone whose title (without a short title) or short title would be
    /// cut off in its box, at the line of that field. Measures with the map's own font and layout, so it
    /// loads the native Skia library: the bot's start-up check leaves it out, and a title that does not
    /// fit only costs the map its last words.
    /// </summary>
    public static IEnumerable<ContentProblem> Check(ContentDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.Track is not { } track)
        {
            return [];
        }

        var layout = RoadmapPictureLayout.Of(track);
        var problems = new List<ContentProblem>();
        SKFont font;
        try
        {
            font = Font();
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or BadImageFormatException or EntryPointNotFoundException)
        {
            // The machine cannot load Skia (libSkiaSharp missing or for another platform): say so at
            // the track rather than end the check with a stack trace; the other checks have run.
            return [new ContentProblem(track.Source, $"The map check could not measure the milestone boxes: the picture library did not load ({e.GetType().Name}: {e.Message}).",
                "Run `content check` with libSkiaSharp beside the bot (the NativeAOT publish and `dotnet run` both have it), or on a machine where /roadmap draws its map.")];
        }

        using (font)
        {
            foreach (var milestone in draft.Milestones)
            {
                if (milestone.Title.Length == 0 || !layout.TryGetBox(milestone.Id, out var box))
                {
                    continue;
                }

                var width = box.Width - (2 * Padding);
                var shown = Shown(milestone);
                if (PictureText.Fits(shown, font, width, MaxLines))
                {
                    continue;
                }

                var cut = string.Join(" ", PictureText.Wrap(shown, font, width, MaxLines));
                problems.Add(milestone.ShortTitle is null
                    ? new ContentProblem(milestone.Source.At("title"), $"The title of `{milestone.Id}` does not fit its box on the /roadmap map, which would show \"{cut}\".", "Add `short_title:` with fewer words for the map (cards and menus keep the title), or shorten the title.")
                    : new ContentProblem(milestone.Source.At("short_title"), $"The short title of `{milestone.Id}` does not fit its box on the /roadmap map, which would show \"{cut}\".", "Use fewer or shorter words: two lines of the box, as `content check` measures them."));
            }
        }

        return problems;
    }
}
