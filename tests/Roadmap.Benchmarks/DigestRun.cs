using System.Diagnostics;
using System.Globalization;
using Roadmap.Benchmarks.Data;
using Roadmap.Bot.Cohorts;
using Roadmap.Bot.Cohorts.Digests;

namespace Roadmap.Benchmarks;

/// <summary>
/// Issue 12: the weekly digests of all 200 cohorts prepared in under 2 s. Times what the sweep does
/// for each cohort before it posts (<see cref="CohortDigestSweep.PrepareAsync"/>: the week's board,
/// the open challenges and their submission counts, the message), not Discord. One round prepares
/// every cohort's digest one after another, as the sweep does.
/// </summary>
public static class DigestRun
{
    public const double TargetMilliseconds = 2_000;

    public static async Task<bool> RunAsync(CoachHost host, int rounds, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(output);
        var sweep = host.Get<CohortDigestSweep>();
        var cohorts = await host.Get<CohortStore>().ListAsync(DatasetShape.GuildId, includeArchived: false, cancellationToken);
        if (cohorts.Count != CohortShape.CohortCount)
        {
            throw new InvalidOperationException($"Expected {CohortShape.CohortCount} cohorts in the data, found {cohorts.Count}.");
        }

        var totals = new List<double>();
        var each = new List<double>();
        var big = new List<double>();
        var wrong = 0;
        for (var round = -2; round < rounds; round++)
        {
            var start = Stopwatch.GetTimestamp();
            foreach (var cohort in cohorts)
            {
                var started = Stopwatch.GetTimestamp();
                var digest = await sweep.PrepareAsync(cohort, late: false, cancellationToken);
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                wrong += digest.Embeds is [{ Description: { } text }, ..] && text.Contains("Open challenges", StringComparison.Ordinal) ? 0 : 1;
                if (round >= 0)
                {
                    each.Add(elapsed);
                    if (cohort.Id == CohortShape.BigCohortId)
                    {
                        big.Add(elapsed);
                    }
                }
            }

            if (round >= 0)
            {
                totals.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        var all = Percentiles.Of(totals);
        var single = Percentiles.Of(each);
        var five = Percentiles.Of(big);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"""

            Weekly digests prepared, {cohorts.Count} cohorts a round, {rounds} rounds after 2 warm-up rounds (load {LatencyRun.LoadAverage()}):
            | what                              |   p50 ms |   p99 ms |   max ms |
            |-----------------------------------|---------:|---------:|---------:|
            | all {cohorts.Count} digests (one round)        | {all.P50,8:F1} | {all.P99,8:F1} | {all.Max,8:F1} |
            | one digest                        | {single.P50,8:F3} | {single.P99,8:F3} | {single.Max,8:F3} |
            | the 5,000-member cohort's digest  | {five.P50,8:F3} | {five.P99,8:F3} | {five.Max,8:F3} |
            Wrong digests: {wrong}.
            """));
        return all.Max < TargetMilliseconds && wrong == 0;
    }
}
