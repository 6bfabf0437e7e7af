namespace Roadmap.Benchmarks.Load;

/// <summary>
/// What one rate measured: the bot's answer time (its gateway frame arriving to Discord accepting the
/// callback, as the bot logged it), the round trip the harness saw (frame sent to callback read), CPU,
/// failures.
/// </summary>
public sealed record RateResult(
    int Rate,
    int Sent,
    double AchievedRate,
    Percentiles BotLatency,
    int BotTimed,
    Percentiles Latency,
    int Unanswered,
    int Failures,
    double CpuMillisecondsPerInteraction,
    long WorkingSetBytes,
    int OtherRequests)
{
    public static RateResult From(int rate, TimeSpan sending, CallbackClock clock, BotAnswerTimes answerTimes, TimeSpan cpu, long workingSet)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(answerTimes);
        List<double> latencies = new(clock.Capacity);
        List<double> botLatencies = new(clock.Capacity);
        var unanswered = 0;
        var failures = 0;
        for (var i = 0; i < clock.Capacity; i++)
        {
            if (answerTimes.For(clock.IdAt(i)) is { } botMilliseconds)
            {
                botLatencies.Add(botMilliseconds);
            }

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
            Percentiles.Of(botLatencies),
            botLatencies.Count,
            Percentiles.Of(latencies),
            unanswered,
            failures,
            cpu.TotalMilliseconds / clock.Capacity,
            workingSet,
            clock.OtherRequests);
    }
}
