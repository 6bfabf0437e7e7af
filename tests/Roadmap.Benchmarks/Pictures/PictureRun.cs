using System.Diagnostics;
using System.Globalization;
using NodaTime;
using Roadmap.Bot.Browse;
using Roadmap.Bot.Content;
using Roadmap.Bot.Progress;
using SkiaSharp;

namespace Roadmap.Benchmarks.Pictures;

/// <summary>
/// `pictures [renders] [memory-renders]`: render + encode of roadmap.png and weeks.png, each render of
/// a different member (no cache: the drawing itself is measured), timed one at a time; managed
/// allocations per render; the process's peak working set over a long run, sampled as it goes so
/// growth would show; and the PNG encoder settings side by side. Exits 1 when a target is missed
/// (map p99 25 ms, chart p99 10 ms).
/// </summary>
internal static class PictureRun
{
    public const int DefaultRenders = 1_000;
    public const int DefaultMemoryRenders = 10_000;
    private const double MapTarget = 25;
    private const double ChartTarget = 10;
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    public static int Run(int renders, int memoryRenders, TextWriter output)
    {
        var content = ContentLoader.LoadValid(ContentFolder.Resolve(BenchmarkPaths.Content));
        var random = new Random(14);
        var members = Enumerable.Range(0, 200).Select(_ => Member(content, random)).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Load average at start: {LoadAverage()}"));

        // Warm-up: the native library, the fonts, the JIT.
        for (var i = 0; i < 50; i++)
        {
            DrawMap(content, members[i % members.Count]);
            DrawChart(members[i % members.Count]);
        }

        var map = Time(renders, i => DrawMap(content, members[i % members.Count]));
        var chart = Time(renders, i => DrawChart(members[i % members.Count]));
        Report(output, "roadmap.png (1200x800)", map, MapTarget);
        Report(output, "weeks.png (960x400)", chart, ChartTarget);

        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Peak working set over {memoryRenders:N0} renders of each (sampled every tenth):"));
        for (var i = 0; i < memoryRenders; i++)
        {
            DrawMap(content, members[i % members.Count]);
            DrawChart(members[i % members.Count]);
            if ((i + 1) % (memoryRenders / 10) == 0)
            {
                using var process = Process.GetCurrentProcess();
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  after {i + 1,6:N0}: working set {process.WorkingSet64 / 1048576.0,6:F1} MiB, peak {process.PeakWorkingSet64 / 1048576.0,6:F1} MiB, managed heap {GC.GetTotalMemory(false) / 1048576.0,5:F1} MiB"));
            }
        }

        output.WriteLine();
        output.WriteLine("PNG encoders on the same 20 drawn maps (decoded once, so only encoding is timed), 15 encodes of each:");
        var drawn = Enumerable.Range(0, 20).Select(i => Pixels(DrawMap(content, members[i % members.Count]))).ToList();
        foreach (var (name, encode) in PngSettings.All)
        {
            var timed = Time(300, i =>
            {
                using var pixmap = drawn[i % drawn.Count].PeekPixels();
                return encode(pixmap);
            });
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-48} median {timed.Times.P50,6:F2} ms  p99 {timed.Times.P99,6:F2} ms  {timed.MeanBytes / 1024.0,6:F1} KiB"));
        }

        drawn.ForEach(bitmap => bitmap.Dispose());
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Load average at end: {LoadAverage()}"));
        return map.Times.P99 < MapTarget && chart.Times.P99 < ChartTarget ? 0 : 1;
    }

    /// <summary>A drawn picture's pixels again, in the form the bot encodes them from.</summary>
    private static SKBitmap Pixels(byte[] png)
    {
        using var decoded = SKBitmap.Decode(png);
        var pixels = new SKBitmap(new SKImageInfo(decoded.Width, decoded.Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using var source = decoded.PeekPixels();
        using var target = pixels.PeekPixels();
        return source.ReadPixels(target) ? pixels : throw new InvalidOperationException("Skia could not convert the pixels.");
    }

    private static byte[] DrawMap(RoadmapContent content, Sample member) =>
        RoadmapPicture.Draw(content, member.Statuses, Coach.SuggestNext(content, member.Statuses).Milestone);

    private static byte[] DrawChart(Sample member) => WeeksChart.Draw(member.Weeks, member.Streak);

    private static Timed Time(int renders, Func<int, byte[]> render)
    {
        var times = new double[renders];
        long bytes = 0;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < renders; i++)
        {
            var started = Stopwatch.GetTimestamp();
            bytes += render(i).Length;
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)renders;
        return new Timed(Percentiles.Of(times), allocated, bytes / (double)renders);
    }

    private static void Report(TextWriter output, string name, Timed timed, double target) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-24} median {timed.Times.P50,6:F2} ms  p99 {timed.Times.P99,6:F2} ms  max {timed.Times.Max,6:F2} ms  managed alloc {timed.AllocatedPerRender / 1024.0,6:F1} KiB/render  PNG {timed.MeanBytes / 1024.0,5:F1} KiB  target p99 < {target} ms: {(timed.Times.P99 < target ? "met" : "MISSED")}"));

    /// <summary>A member somewhere along the track with some weeks of history, so every render differs.</summary>
    private static Sample Member(RoadmapContent content, Random random)
    {
        var reached = random.Next(content.Milestones.Count);
        var statuses = new Dictionary<string, MilestoneStatus>();
        for (var i = 0; i < reached; i++)
        {
            statuses[content.Milestones[i].Id] = random.Next(10) == 0 ? MilestoneStatus.Skipped : MilestoneStatus.Done;
        }

        statuses[content.Milestones[reached].Id] = MilestoneStatus.InProgress;
        var completions = Enumerable.Range(0, reached).Select(_ => Now.AddDays(-random.Next(120)).AddHours(-random.Next(24))).ToList();
        var learner = new LearnerStatuses(statuses);
        return new Sample(learner, WeeklyStreak.History(completions, DateTimeZone.Utc, Now, WeeksChart.Weeks), WeeklyStreak.Of(completions, DateTimeZone.Utc, Now));
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private sealed record Sample(LearnerStatuses Statuses, IReadOnlyList<StreakWeek> Weeks, WeeklyStreak Streak);

    private sealed record Timed(Percentiles Times, double AllocatedPerRender, double MeanBytes);
}
