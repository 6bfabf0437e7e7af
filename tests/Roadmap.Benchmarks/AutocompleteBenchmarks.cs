using BenchmarkDotNet.Attributes;
using Roadmap.Discord.Interactions;

namespace Roadmap.Benchmarks;

/// <summary>
/// Milestone autocomplete on <c>/done</c> for what a member has typed so far. Not sealed:
/// BenchmarkDotNet runs a generated subclass.
/// </summary>
[Config(typeof(ShortRunConfig))]
public class AutocompleteBenchmarks
{
    private CoachHost _host = null!;
    private InteractionRouter _router = null!;
    private MemberSample _sample = null!;

    public static IEnumerable<string> TypedValues => Scenarios.Typed;

    [ParamsSource(nameof(TypedValues))]
    public string Typed { get; set; } = "";

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _host = await CoachHost.StartAsync(Console.Out, CancellationToken.None);
        _router = _host.Router;
        _sample = await BenchmarkSetup.CheckedSampleAsync(_router, Scenarios.Autocomplete(Typed), size: 1_024, seed: 13);
    }

    [GlobalCleanup]
    public async Task CleanUpAsync() => await _host.DisposeAsync();

    [Benchmark(Description = "milestone autocomplete")]
    public ValueTask<InteractionOutcome> Autocomplete() => _router.RouteAsync(_sample.Take(), CancellationToken.None);
}
