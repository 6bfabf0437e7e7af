using System.Globalization;
using System.Text;
using Roadmap.Bot.Pictures;
using SkiaSharp;

namespace Roadmap.Bot.Cohorts.Insights;

/// <summary>
/// insights.png: a horizontal bar for each stage (and "not started yet" first), as long as the
/// number of members who share their progress and are at that stage, with the number beside it.
/// Drawn directly with Skia, like the weeks chart. Stage titles come from the content; member names
/// never go into the picture.
/// </summary>
internal static class InsightsChart
{
    public const string FileName = "insights.png";
    public const int Width = 960;

    public static readonly SKColor Bar = new(0x25, 0x63, 0xEB);
    public static readonly SKColor NotStartedBar = new(0x94, 0xA3, 0xB8);

    private const float Top = 64;
    private const float RowHeight = 28;
    private const float Bottom = 24;
    private const float LabelWidth = 260;
    private const float BarsLeft = 24 + LabelWidth + 16;
    private const float BarsRight = Width - 72;

    private static readonly SKColor Ink = new(0x0F, 0x17, 0x2A);
    private static readonly SKColor Muted = new(0x47, 0x55, 0x69);

    public static int HeightFor(int rows) => (int)(Top + (rows * RowHeight) + Bottom);

    /// <summary>The band a row's bar can fill, from zero to the most members any row has.</summary>
    public static SKRect RowOf(int index) =>
        new(BarsLeft, Top + (index * RowHeight) + 5, BarsRight, Top + ((index + 1) * RowHeight) - 5);

    /// <summary>Everything the chart shows: the title and each row's label and count.</summary>
    public static string KeyOf(string title, IReadOnlyList<StageCount> stages)
    {
        ArgumentNullException.ThrowIfNull(stages);
        var key = new StringBuilder("insights:").Append(title).Append('\n');
        foreach (var stage in stages)
        {
            key.Append(stage.Title).Append('=').Append(stage.Members.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return key.ToString();
    }

    /// <summary>The alt text: "Members at each stage, Spring 2027 (4 who share their progress): Not started yet 1, Internet 2, …".</summary>
    public static string Describe(string scope, IReadOnlyList<StageCount> stages)
    {
        ArgumentNullException.ThrowIfNull(stages);
        var sharing = stages.Sum(s => s.Members);
        var shown = stages.Where(s => s.Members > 0).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Title} {s.Members}"));
        return string.Create(CultureInfo.InvariantCulture,
            $"Members at each stage, {scope} ({sharing} who {(sharing == 1 ? "shares" : "share")} their progress): {(sharing == 0 ? "none yet" : string.Join(", ", shown))}");
    }

    public static byte[] Draw(string title, IReadOnlyList<StageCount> stages)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(stages);
        using var picture = new PictureCanvas(Width, HeightFor(stages.Count));
        var canvas = picture.Canvas;
        using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        using var heading = new SKFont(PictureFonts.Bold, 20) { Subpixel = true };
        using var label = new SKFont(PictureFonts.Regular, 13) { Subpixel = true };

        fill.Color = Ink;
        canvas.DrawText(PictureText.Shorten(title, heading, Width - 48), 24, 38, SKTextAlign.Left, heading, fill);

        var most = Math.Max(1, stages.Count == 0 ? 0 : stages.Max(s => s.Members));
        for (var i = 0; i < stages.Count; i++)
        {
            var row = RowOf(i);
            var baseline = row.MidY + 5;
            fill.Color = Ink;
            canvas.DrawText(PictureText.Shorten(stages[i].Title, label, LabelWidth), BarsLeft - 16, baseline, SKTextAlign.Right, label, fill);
            var length = stages[i].Members * row.Width / most;
            if (length > 0)
            {
                fill.Color = i == 0 ? NotStartedBar : Bar;
                canvas.DrawRect(new SKRect(row.Left, row.Top, row.Left + length, row.Bottom), fill);
            }

            fill.Color = Muted;
            canvas.DrawText(stages[i].Members.ToString(CultureInfo.InvariantCulture), row.Left + length + 8, baseline, SKTextAlign.Left, label, fill);
        }

        return picture.EncodePng();
    }
}
