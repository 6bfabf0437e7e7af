using System.Globalization;
using System.Text;
using NodaTime.Text;
using Roadmap.Bot.Pictures;
using SkiaSharp;

namespace Roadmap.Bot.Progress;

/// <summary>
/// weeks.png, attached to /progress: milestones finished in each of the last 12 weeks, the weeks that
/// count for the streak (green bars), the weeks a freeze covered (blue bands) and this week while it
/// is still open (a dashed outline). Drawn directly with Skia: a bar chart needs no plotting library.
/// </summary>
internal static class WeeksChart
{
    public const string FileName = "weeks.png";
    public const int Weeks = 12;
    public const int Width = 960;
    public const int Height = 400;

    public static readonly SKColor Active = new(0x16, 0xA3, 0x4A);
    public static readonly SKColor Frozen = new(0xBA, 0xE6, 0xFD);
    public static readonly SKColor OpenOutline = new(0x64, 0x74, 0x8B);

    private const float Left = 64;
    private const float Right = 24;
    private const float Top = 72;
    private const float Bottom = 76;

    private static readonly SKColor Ink = new(0x0F, 0x17, 0x2A);
    private static readonly SKColor Muted = new(0x47, 0x55, 0x69);
    private static readonly SKColor Grid = new(0xE2, 0xE8, 0xF0);
    private static readonly LocalDatePattern DayMonth = LocalDatePattern.Create("d MMM", CultureInfo.InvariantCulture);

    /// <summary>The band a week's bar is drawn in, from the top of the plot to its baseline.</summary>
    public static SKRect ColumnOf(int index)
    {
        var width = (Width - Left - Right) / Weeks;
        return new SKRect(Left + (index * width), Top, Left + ((index + 1) * width), Height - Bottom);
    }

    /// <summary>Everything the chart shows: each week's date, count and kind, and the streak in the title.</summary>
    public static string KeyOf(IReadOnlyList<StreakWeek> weeks, WeeklyStreak streak)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        ArgumentNullException.ThrowIfNull(streak);
        var key = new StringBuilder("weeks:");
        foreach (var week in weeks)
        {
            key.Append(CultureInfo.InvariantCulture, $"{week.Monday:yyyy-MM-dd}={week.Finished}{(char)('a' + (int)week.Kind)};");
        }

        return key.Append(CultureInfo.InvariantCulture, $"{streak.Weeks}/{streak.FreezesHeld}").ToString();
    }

    /// <summary>The alt text: "Last 12 weeks: 9 milestones finished in 6 weeks that count for the streak; 1 freeze used".</summary>
    public static string Describe(IReadOnlyList<StreakWeek> weeks, WeeklyStreak streak)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        ArgumentNullException.ThrowIfNull(streak);
        var finished = weeks.Sum(w => w.Finished);
        var active = weeks.Count(w => w.Kind == StreakWeekKind.Active);
        var frozen = weeks.Count(w => w.Kind == StreakWeekKind.Frozen);
        return string.Create(CultureInfo.InvariantCulture,
            $"Last {weeks.Count} weeks: {Count(finished, "milestone", "milestones")} finished in {Count(active, "week that counts", "weeks that count")} for the streak; {Count(frozen, "freeze", "freezes")} used; streak {Count(streak.Weeks, "week", "weeks")}");
    }

    public static byte[] Draw(IReadOnlyList<StreakWeek> weeks, WeeklyStreak streak)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        ArgumentNullException.ThrowIfNull(streak);
        using var picture = new PictureCanvas(Width, Height);
        var canvas = picture.Canvas;
        using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        using var line = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 1, Color = Grid };
        using var title = new SKFont(PictureFonts.Bold, 20) { Subpixel = true };
        using var small = new SKFont(PictureFonts.Regular, 12) { Subpixel = true };

        fill.Color = Ink;
        canvas.DrawText($"Milestones finished, last {weeks.Count} weeks", Left, 36, SKTextAlign.Left, title, fill);
        fill.Color = Muted;
        var subtitle = string.Create(CultureInfo.InvariantCulture, $"Streak: {Count(streak.Weeks, "week", "weeks")} · freezes saved: {streak.FreezesHeld}");
        canvas.DrawText(subtitle, Width - Right, 36, SKTextAlign.Right, small, fill);

        var plot = new SKRect(Left, Top, Width - Right, Height - Bottom);
        var most = Math.Max(4, weeks.Count == 0 ? 0 : weeks.Max(w => w.Finished));
        var step = most <= 8 ? 1 : (int)Math.Ceiling(most / 8.0);
        for (var value = 0; value <= most; value += step)
        {
            var y = plot.Bottom - (value * plot.Height / most);
            canvas.DrawLine(plot.Left, y, plot.Right, y, line);
            canvas.DrawText(value.ToString(CultureInfo.InvariantCulture), plot.Left - 10, y + 4, SKTextAlign.Right, small, fill);
        }

        for (var i = 0; i < weeks.Count && i < Weeks; i++)
        {
            DrawWeek(canvas, weeks[i], ColumnOf(i), most, small, fill);
        }

        DrawLegend(canvas, Height - 24, small, fill);
        return picture.EncodePng();
    }

    private static void DrawWeek(SKCanvas canvas, StreakWeek week, SKRect column, int most, SKFont font, SKPaint fill)
    {
        var bar = new SKRect(column.Left + 10, column.Top, column.Right - 10, column.Bottom);
        switch (week.Kind)
        {
            case StreakWeekKind.Frozen:
                fill.Color = Frozen;
                canvas.DrawRect(bar, fill);
                break;
            case StreakWeekKind.Open:
                DrawDashed(canvas, bar);
                break;
            case StreakWeekKind.Active:
                fill.Color = Active;
                canvas.DrawRect(new SKRect(bar.Left, bar.Bottom - (week.Finished * bar.Height / most), bar.Right, bar.Bottom), fill);
                break;
            case StreakWeekKind.Quiet:
            default:
                break;
        }

        fill.Color = Muted;
        canvas.DrawText(DayMonth.Format(week.Monday), column.MidX, column.Bottom + 18, SKTextAlign.Center, font, fill);
    }

    /// <summary>This week's outline: dashes, as it is not decided yet.</summary>
    private static void DrawDashed(SKCanvas canvas, SKRect bar)
    {
        using var builder = new SKPathBuilder();
        builder.AddRect(bar, SKPathDirection.Clockwise);
        using var path = builder.Detach();
        using var dashes = SKPathEffect.CreateDash([6, 4], 0);
        using var outline = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 2, Color = OpenOutline, PathEffect = dashes };
        canvas.DrawPath(path, outline);
    }

    private static void DrawLegend(SKCanvas canvas, float top, SKFont font, SKPaint fill)
    {
        var x = Left;
        foreach (var (text, color, dashed) in new (string, SKColor, bool)[]
        {
            ("Finished (the week counts for the streak)", Active, false),
            ("Freeze used", Frozen, false),
            ("This week, still open", OpenOutline, true),
        })
        {
            var swatch = new SKRect(x, top - 12, x + 24, top + 4);
            if (dashed)
            {
                DrawDashed(canvas, swatch);
            }
            else
            {
                fill.Color = color;
                canvas.DrawRect(swatch, fill);
            }

            fill.Color = Ink;
            canvas.DrawText(text, x + 32, top, SKTextAlign.Left, font, fill);
            x += 32 + font.MeasureText(text) + 32;
        }
    }

    private static string Count(int count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}");
}
