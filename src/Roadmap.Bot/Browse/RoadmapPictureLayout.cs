using Roadmap.Bot.Content;
using SkiaSharp;

namespace Roadmap.Bot.Browse;

/// <summary>
/// Where everything sits on the roadmap picture: a title line, one row per stage (its name on the left,
/// its milestones as boxes in track order), and the legend at the bottom. Pure arithmetic, so tests
/// can find a milestone's box without drawing.
/// </summary>
internal sealed class RoadmapPictureLayout
{
    public const int Width = 1200;
    public const int Height = 800;
    public const float Margin = 24;
    public const float TitleHeight = 56;
    public const float LegendHeight = 44;
    public const float LabelWidth = 280;
    public const float Gap = 8;
    public const float MaxRowHeight = 64;

    private readonly Dictionary<string, SKRect> _boxes = new(StringComparer.Ordinal);
    private readonly List<(Stage Stage, SKRect Label)> _stages = [];

    private RoadmapPictureLayout(Track track)
    {
        var stages = track.Stages;
        var columns = Math.Clamp(stages.Count == 0 ? 1 : stages.Max(s => s.MilestoneIds.Count), 1, 8);
        var rows = stages.Sum(s => Math.Max(1, (s.MilestoneIds.Count + columns - 1) / columns));
        var top = Margin + TitleHeight;
        var bottom = Height - Margin - LegendHeight;
        RowHeight = Math.Min(MaxRowHeight, (bottom - top) / Math.Max(1, rows));
        var boxesLeft = Margin + LabelWidth;
        var boxWidth = (Width - Margin - boxesLeft - (Gap * (columns - 1))) / columns;
        var y = top;
        foreach (var stage in stages)
        {
            var stageRows = Math.Max(1, (stage.MilestoneIds.Count + columns - 1) / columns);
            _stages.Add((stage, new SKRect(Margin, y, boxesLeft - Gap, y + (RowHeight * stageRows) - Gap)));
            for (var i = 0; i < stage.MilestoneIds.Count; i++)
            {
                var left = boxesLeft + (i % columns * (boxWidth + Gap));
                var boxTop = y + (i / columns * RowHeight);
                _boxes[stage.MilestoneIds[i]] = new SKRect(left, boxTop, left + boxWidth, boxTop + RowHeight - Gap);
            }

            y += RowHeight * stageRows;
        }

        LegendTop = Height - Margin - LegendHeight + 16;
    }

    public float RowHeight { get; }

    public float LegendTop { get; }

    public IReadOnlyList<(Stage Stage, SKRect Label)> Stages => _stages;

    public static RoadmapPictureLayout Of(RoadmapContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Of(content.Track);
    }

    /// <summary>The layout from track.yml alone, so `content check` can size the boxes before the content is valid.</summary>
    public static RoadmapPictureLayout Of(Track track)
    {
        ArgumentNullException.ThrowIfNull(track);
        return new RoadmapPictureLayout(track);
    }

    /// <summary>The box a milestone is drawn in.</summary>
    public SKRect BoxOf(string milestoneId) => _boxes[milestoneId];

    /// <summary>The box of a milestone the track lists; false for one in no stage.</summary>
    public bool TryGetBox(string milestoneId, out SKRect box) => _boxes.TryGetValue(milestoneId, out box);
}
