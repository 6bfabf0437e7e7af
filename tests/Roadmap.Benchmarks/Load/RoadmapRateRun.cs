using System.Diagnostics;
using Roadmap.Bot.Hosting.Discord;
using Roadmap.Testing;

namespace Roadmap.Benchmarks.Load;

/// <summary>
/// One rate of the <c>/roadmap</c> load: the frames of <see cref="RoadmapMix"/> sent as
/// <see cref="RateRun"/> sends them, each callback timed by <see cref="CallbackClock"/> and each map by
/// <see cref="PictureWatch"/>, then every kind's spread apart, in the harness and in the bot's own
/// histogram for that command, so <c>/next</c> is not hidden among the pictures.
/// </summary>
public static class RoadmapRateRun
{
    public static async Task<RoadmapRateResult> RunAsync(
        FakeDiscordServer discord, BotProcess bot, RoadmapMix mix, PictureCacheReplay cache, int rate, int roadmapRate, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(discord);
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(mix);
        var count = (int)(rate * duration.TotalSeconds);
        var frames = Enumerable.Range(0, count).Select(_ => mix.Next()).ToArray();
        var clock = new CallbackClock(frames[0].Id, count);
        var pictures = new PictureWatch(clock, cache);
        discord.Rest.Requests.Observer = request =>
        {
            clock.Observe(request);
            pictures.Observe(request);
        };
        try
        {
            var answersBefore = await bot.AnswerTimes.NextAsync(cancellationToken);
            var cpuBefore = bot.CpuTime();
            var started = Stopwatch.GetTimestamp();
            await RateRun.SendAsync(discord, [.. frames.Select(f => (f.Id, f.Json))], clock, rate, cancellationToken);
            var sending = Stopwatch.GetElapsedTime(started);
            await Task.Delay(RateRun.AnswerLimit, cancellationToken);
            var cpu = bot.CpuTime() - cpuBefore;
            var answersAfter = await bot.AnswerTimes.NextAsync(cancellationToken);
            var sent = answersAfter.Sent.Since(answersBefore.Sent);
            var kinds = frames
                .Select((frame, index) => (frame.Kind, Index: index))
                .GroupBy(f => f.Kind, f => f.Index)
                .OrderBy(g => g.Key == RoadmapMix.Kind ? 0 : 1)
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => Spread(g.Key, [.. g], clock, pictures, BotAnswerTimes.Since(answersAfter.ByCommand, answersBefore.ByCommand, g.Key)))
                .ToList();
            return new RoadmapRateResult(
                rate, roadmapRate, count, count / sending.TotalSeconds, kinds, Percentiles.Of(sent), (int)sent.Count,
                cpu.TotalMilliseconds / count, pictures.Seen, pictures.Misses, pictures.MeanKilobytes);
        }
        finally
        {
            discord.Rest.Requests.Observer = null;
        }
    }

    /// <summary>A kind's times; for /roadmap, to the answer with the picture, and a callback without one counts as unanswered.</summary>
    private static KindLatency Spread(string kind, int[] indexes, CallbackClock clock, PictureWatch pictures, AnswerTimeHistogram bot)
    {
        List<double> latencies = new(indexes.Length);
        var unanswered = 0;
        var failures = 0;
        foreach (var index in indexes)
        {
            var latency = kind == RoadmapMix.Kind ? pictures.Latency(index, RateRun.AnswerLimit) : clock.Latency(index, RateRun.AnswerLimit);
            if (latency is not { } answered)
            {
                unanswered++;
                continue;
            }

            latencies.Add(answered.TotalMilliseconds);
            failures += clock.Status(index) is < 200 or > 299 ? 1 : 0;
        }

        return new KindLatency(kind, indexes.Length, Percentiles.Of(latencies), unanswered, failures, Percentiles.Of(bot), (int)bot.Count);
    }
}
