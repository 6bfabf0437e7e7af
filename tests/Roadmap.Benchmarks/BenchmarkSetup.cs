using Roadmap.Discord.Interactions;

namespace Roadmap.Benchmarks;

/// <summary>Shared set-up for the BenchmarkDotNet classes.</summary>
public static class BenchmarkSetup
{
    /// <summary>
    /// A member sample whose first interactions were answered properly, so a benchmark never times a
    /// fast error reply.
    /// </summary>
    public static async Task<MemberSample> CheckedSampleAsync(InteractionRouter router, Scenario scenario, int size, int seed)
    {
        ArgumentNullException.ThrowIfNull(router);
        ArgumentNullException.ThrowIfNull(scenario);
        var check = new MemberSample(scenario, 100, seed);
        for (var i = 0; i < 100; i++)
        {
            if (!scenario.IsProperAnswer(await router.RouteAsync(check.Take(), CancellationToken.None)))
            {
                throw new InvalidOperationException($"{scenario.Name} did not get a proper answer; the benchmark would time an error.");
            }
        }

        return new MemberSample(scenario, size, seed);
    }
}
