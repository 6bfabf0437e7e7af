using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Roadmap.Bot.Content;
using Roadmap.Bot.Pictures;
using Roadmap.Bot.Progress;
using SkiaSharp;

namespace Roadmap.Bot.Browse;

/// <summary>
/// roadmap.png, attached to /roadmap: the track's stages in order, each milestone a box coloured by the
/// member's status, the suggested next one outlined, and a legend. Titles only: member names never go
/// into a picture (the font has no CJK or emoji; they stay in the message text).
/// </summary>
internal static class RoadmapPicture
{
    public const string FileName = "roadmap.png";

    public static readonly SKColor Done = new(0x16, 0xA3, 0x4A);
    public static readonly SKColor InProgress = new(0xF5, 0x9E, 0x0B);
    public static readonly SKColor Skipped = new(0x94, 0xA3, 0xB8);
    public static readonly SKColor NotStarted = new(0xE2, 0xE8, 0xF0);
    public static readonly SKColor NextOutline = new(0x4F, 0x46, 0xE5);

    /// <summary>Room for the line at the top right, beside the track's title.</summary>
    private const float HeaderWidth = 640;

    /// <summary>Room at the right of a stage's name for its count, such as "3/5".</summary>
    private const float CountWidth = 40;

    private static readonly SKColor Ink = new(0x0F, 0x17, 0x2A);
    private static readonly SKColor Muted = new(0x47, 0x55, 0x69);
    private static readonly SKColor Spine = new(0xCB, 0xD5, 0xE1);

    /// <summary>A fingerprint of what the picture shows of the content, computed once per loaded roadmap.</summary>
    private static readonly ConditionalWeakTable<RoadmapContent, string> ContentVersions = new();

    private static readonly ConditionalWeakTable<RoadmapContent, RoadmapPictureLayout> Layouts = new();

    /// <summary>Titles wrapped to their boxes, once per loaded roadmap: they do not change with statuses.</summary>
    private static readonly ConditionalWeakTable<RoadmapContent, WrappedTitles> Titles = new();

    public static SKColor ColorOf(MilestoneStatus status) => status switch
    {
        MilestoneStatus.Done => Done,
        MilestoneStatus.InProgress => InProgress,
        MilestoneStatus.Skipped => Skipped,
        _ => NotStarted,
    };

    /// <summary>Everything the picture shows: the content's version, each milestone's status in track order, the next one.</summary>
    public static string KeyOf(RoadmapContent content, LearnerStatuses statuses, Milestone? next)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(statuses);
        var key = new StringBuilder("map:").Append(ContentVersions.GetValue(content, VersionOf)).Append(':');
        foreach (var milestone in content.Milestones)
        {
            key.Append((char)('0' + (int)statuses.Of(milestone.Id)));
        }

        return key.Append(':').Append(next?.Id).ToString();
    }

    /// <summary>The alt text: "Roadmap: 12 of 53 milestones done; next: Git basics".</summary>
    public static string Describe(RoadmapContent content, ProgressReport report, Milestone? next)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(report);
        var skipped = report.Skipped > 0 ? $", {report.Skipped} skipped" : "";
        var open = report.InProgress > 0 ? $", {report.InProgress} in progress" : "";
        var then = next is null ? "every milestone is behind you" : $"next: {next.Title}";
        return $"{content.Track.Title} roadmap: {report.Done} of {report.Total} milestones done{open}{skipped}; {then}";
    }

    public static byte[] Draw(RoadmapContent content, LearnerStatuses statuses, Milestone? next)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(statuses);
        var layout = Layouts.GetValue(content, RoadmapPictureLayout.Of);
        var report = ProgressReport.Of(content, statuses);
        using var picture = new PictureCanvas(RoadmapPictureLayout.Width, RoadmapPictureLayout.Height);
        var canvas = picture.Canvas;
        using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        using var stroke = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 3, Color = NextOutline };
        using var title = new SKFont(PictureFonts.Bold, 24) { Subpixel = true };
        using var label = LabelFont();
        using var small = SmallFont();
        var wrapped = Titles.GetValue(content, c => new WrappedTitles(c, layout));

        fill.Color = Ink;
        canvas.DrawText(content.Track.Title, RoadmapPictureLayout.Margin, RoadmapPictureLayout.Margin + 24, SKTextAlign.Left, title, fill);
        fill.Color = Muted;
        canvas.DrawText(Header(report, next, label), RoadmapPictureLayout.Width - RoadmapPictureLayout.Margin, RoadmapPictureLayout.Margin + 22, SKTextAlign.Right, label, fill);

        DrawSpine(canvas, layout);
        var number = 0;
        foreach (var (stage, rect) in layout.Stages)
        {
            number++;
            // The stage's name on up to two lines, and how much of it is behind the member at the right.
            var stageProgress = report.Stages[number - 1];
            DrawLines(canvas, wrapped.Stages[number - 1], rect.Left + 20, rect.Top, rect.Height, label, Ink, fill);
            DrawLines(canvas, [$"{stageProgress.Done + stageProgress.Skipped}/{stageProgress.Total}"], rect.Right - CountWidth + 8, rect.Top, rect.Height, small, Muted, fill);
            foreach (var milestone in content.MilestonesOf(stage))
            {
                DrawBox(canvas, layout.BoxOf(milestone.Id), wrapped.Milestones[milestone.Id], statuses.Of(milestone.Id), milestone == next, small, fill, stroke);
            }
        }

        DrawLegend(canvas, layout.LegendTop, small, fill, stroke);
        return picture.EncodePng();
    }

    /// <summary>
    /// The line at the top right: "12 of 53 milestones done · next: Git basics". When the next
    /// milestone's title would be cut off, its short title (the one its box shows) is written instead.
    /// </summary>
    internal static string Header(ProgressReport report, Milestone? next, SKFont font)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(font);
        var done = $"{report.Done} of {report.Total} milestones done";
        if (next is null)
        {
            return done;
        }

        var full = $"{done} · next: {next.Title}";
        var header = font.MeasureText(full) <= HeaderWidth || next.ShortTitle is null ? full : $"{done} · next: {next.ShortTitle}";
        return PictureText.Shorten(header, font, HeaderWidth);
    }

    private static void DrawBox(SKCanvas canvas, SKRect box, IReadOnlyList<string> lines, MilestoneStatus status, bool isNext, SKFont font, SKPaint fill, SKPaint stroke)
    {
        fill.Color = ColorOf(status);
        canvas.DrawRoundRect(box, 6, 6, fill);
        if (isNext)
        {
            var outline = box;
            outline.Inflate(-1.5f, -1.5f);
            canvas.DrawRoundRect(outline, 6, 6, stroke);
        }

        var ink = status is MilestoneStatus.Done or MilestoneStatus.Skipped ? SKColors.White : Ink;
        DrawLines(canvas, lines, box.Left + RoadmapBoxTitles.Padding, box.Top, box.Height, font, ink, fill);
    }

    /// <summary>Lines of text centred vertically in a band of <paramref name="height"/> from <paramref name="top"/>.</summary>
    private static void DrawLines(SKCanvas canvas, IReadOnlyList<string> lines, float left, float top, float height, SKFont font, SKColor color, SKPaint fill)
    {
        font.GetFontMetrics(out var metrics);
        var lineHeight = font.Size * 1.2f;
        var first = top + ((height - (lineHeight * lines.Count)) / 2) - metrics.Ascent;
        fill.Color = color;
        for (var i = 0; i < lines.Count; i++)
        {
            canvas.DrawText(lines[i], left, first + (i * lineHeight), SKTextAlign.Left, font, fill);
        }
    }

    /// <summary>A line down the stage column joining the stages, with a dot at each: the road of the roadmap.</summary>
    private static void DrawSpine(SKCanvas canvas, RoadmapPictureLayout layout)
    {
        if (layout.Stages.Count == 0)
        {
            return;
        }

        var x = RoadmapPictureLayout.Margin + 6;
        using var builder = new SKPathBuilder();
        builder.MoveTo(x, layout.Stages[0].Label.MidY);
        builder.LineTo(x, layout.Stages[^1].Label.MidY);
        using var path = builder.Detach();
        using var line = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 3, Color = Spine };
        canvas.DrawPath(path, line);
        using var dot = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill, Color = Muted };
        foreach (var (_, label) in layout.Stages)
        {
            canvas.DrawCircle(x, label.MidY, 5, dot);
        }
    }

    private static void DrawLegend(SKCanvas canvas, float top, SKFont font, SKPaint fill, SKPaint stroke)
    {
        (string Text, SKColor Color, bool Outlined)[] entries =
        [
            ("Done", Done, false),
            ("In progress", InProgress, false),
            ("Skipped", Skipped, false),
            ("Not started", NotStarted, false),
            ("Suggested next", NotStarted, true),
        ];
        var x = RoadmapPictureLayout.Margin + RoadmapPictureLayout.LabelWidth;
        foreach (var (text, color, outlined) in entries)
        {
            var swatch = new SKRect(x, top, x + 28, top + 18);
            fill.Color = color;
            canvas.DrawRoundRect(swatch, 4, 4, fill);
            if (outlined)
            {
                swatch.Inflate(-1.5f, -1.5f);
                canvas.DrawRoundRect(swatch, 4, 4, stroke);
            }

            fill.Color = Ink;
            canvas.DrawText(text, x + 36, top + 14, SKTextAlign.Left, font, fill);
            x += 36 + font.MeasureText(text) + 32;
        }
    }

    internal static SKFont LabelFont() => new(PictureFonts.Bold, 14) { Subpixel = true };

    private static SKFont SmallFont() => RoadmapBoxTitles.Font();

    private static string VersionOf(RoadmapContent content)
    {
        var shown = new StringBuilder(content.Track.Title);
        foreach (var stage in content.Track.Stages)
        {
            shown.Append('\n').Append(stage.Title);
            foreach (var milestone in content.MilestonesOf(stage))
            {
                shown.Append('\t').Append(milestone.Id).Append('=').Append(RoadmapBoxTitles.Shown(milestone));
            }
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(shown.ToString()));
        return Convert.ToHexString(hash, 0, 8).ToLower(CultureInfo.InvariantCulture);
    }

    /// <summary>Each stage's name and each milestone's box text, wrapped to at most two lines of its space.</summary>
    private sealed class WrappedTitles
    {
        public WrappedTitles(RoadmapContent content, RoadmapPictureLayout layout)
        {
            using var label = LabelFont();
            using var small = SmallFont();
            Stages = layout.Stages
                .Select((s, i) => PictureText.Wrap($"{i + 1}. {s.Stage.Title}", label, s.Label.Width - 20 - CountWidth, 2))
                .ToList();
            Milestones = content.Milestones.ToDictionary(
                m => m.Id,
                m => RoadmapBoxTitles.LinesOf(m, layout.BoxOf(m.Id), small),
                StringComparer.Ordinal);
        }

        public List<IReadOnlyList<string>> Stages { get; }

        public Dictionary<string, IReadOnlyList<string>> Milestones { get; }
    }
}
