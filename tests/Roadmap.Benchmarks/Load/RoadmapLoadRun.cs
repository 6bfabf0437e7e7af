namespace Roadmap.Benchmarks.Load;

/// <summary>
/// Issue 14's load: <c>/roadmap</c> at <c>roadmapRate</c> a second from members who have not asked before,
/// inside the usual mix at <c>rate</c> a second in all, against the native bot as its own process on a
/// copy of the 100,000-member database. The same rate without <c>/roadmap</c> runs first, so each kind's
/// times (harness-side, loopback included) have a baseline taken minutes apart on the same bot.
/// </summary>
public static class RoadmapLoadRun
{
    public const int DefaultSeconds = 60;
    public const int DefaultRoadmapRate = 20;
    public const int DefaultRate = 200;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(5);

    public static async Task<int> RunAsync(int seconds, int roadmapRate, int rate, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        await using var bench = await LoadBench.StartAsync("load-roadmap-bot.log", 1, log, cancellationToken);
        var (discord, bot) = (bench.Discord, bench.Bot);
        var mix = new LoadMix(bench.Content, seed: 20261122);
        var cache = new PictureCacheReplay();
        var members = new RoadmapMembers(seed: 14);
        // Warm-up: the native Skia library and the fonts load on the first picture.
        var warm = await RoadmapRateRun.RunAsync(discord, bot, new RoadmapMix(mix, members, roadmapRate, rate), cache, rate, roadmapRate, WarmUp, cancellationToken);
        await log.WriteLineAsync($"Warm-up: {warm.Sent} interactions at {rate}/s, {warm.Pictures} maps ({warm.PicturesDrawn} drawn)");

        List<(RoadmapRateResult Result, string Load)> results = [];
        foreach (var share in new[] { 0, roadmapRate })
        {
            var before = LoadAverage();
            var result = await RoadmapRateRun.RunAsync(discord, bot, new RoadmapMix(mix, members, share, rate), cache, rate, share, TimeSpan.FromSeconds(seconds), cancellationToken);
            results.Add((result, $"{before} → {LoadAverage()}"));
            await log.WriteLineAsync($"{rate}/s with /roadmap at {share}/s done.");
        }

        var report = new RoadmapLoadReport(results, bot.PeakWorkingSet(), bot.HasExited);
        report.Write(log);
        return report.MeetsTargets ? 0 : 1;
    }

    /// <summary>The load average over 1, 5 and 15 minutes.</summary>
    private static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
}
