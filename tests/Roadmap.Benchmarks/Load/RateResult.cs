namespace Roadmap.Benchmarks.Load;

/// <summary>What one rate measured: latency from frame sent to callback received, CPU, failures.</summary>
public sealed record RateResult(
    int Rate,
    int Sent,
    double AchievedRate,
    Percentiles Latency,
    int Unanswered,
    int Failures,
    double CpuMillisecondsPerInteraction,
    long WorkingSetBytes,
    int OtherRequests)
{
    public static RateResult From(int rate, TimeSpan sending, CallbackClock clock, TimeSpan cpu, long workingSet)
    {
        ArgumentNullException.ThrowIfNull(clock);
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
            Percentiles.Of(latencies),
            unanswered,
            failures,
            cpu.TotalMilliseconds / clock.Capacity,
            workingSet,
            clock.OtherRequests);
    }
}
