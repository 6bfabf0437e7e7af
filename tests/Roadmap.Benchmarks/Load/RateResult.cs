using Roadmap.Bot.Hosting.Discord;

namespace Roadmap.Benchmarks.Load;

/// <summary>
/// What one rate measured: the bot's answer time (its gateway frame arriving to the callback sent,
/// and to Discord accepting it, from the bot's own histograms), the round trip the harness saw
/// (frame written to callback read), CPU, failures.
/// </summary>
public sealed record RateResult(
    int Rate,
    int Sent,
    double AchievedRate,
    Percentiles BotLatency,
    Percentiles BotAccepted,
    int BotTimed,
    Percentiles Latency,
    int Unanswered,
    int Failures,
    double CpuMillisecondsPerInteraction,
    long WorkingSetBytes,
    int OtherRequests)
{
    public static RateResult From(int rate, TimeSpan sending, CallbackClock clock, (AnswerTimeHistogram Sent, AnswerTimeHistogram Accepted) bot, TimeSpan cpu, long workingSet)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(bot.Sent);
        ArgumentNullException.ThrowIfNull(bot.Accepted);
        List<double> latencies = new(clock.Capacity);
        var unanswered = 0;
        var failures = 0;
        for (var i = 0; i < clock.Capacity; i++)
        {
            if (clock.Latency(i, RateRun.AnswerLimit) is not { } latency)
            {
                unanswered++;
                continue;
            }

            latencies.Add(latency.TotalMilliseconds);
            if (clock.Status(i) is < 200 or > 299)
            {
                failures++;
            }
        }

        return new RateResult(
            rate,
            clock.Capacity,
            clock.Capacity / sending.TotalSeconds,
            Percentiles.Of(bot.Sent),
            Percentiles.Of(bot.Accepted),
            (int)bot.Sent.Count,
            Percentiles.Of(latencies),
            unanswered,
            failures,
            cpu.TotalMilliseconds / clock.Capacity,
            workingSet,
            clock.OtherRequests);
    }
}
