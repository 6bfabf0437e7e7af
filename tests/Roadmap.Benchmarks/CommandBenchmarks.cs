using BenchmarkDotNet.Attributes;
using Roadmap.Discord.Interactions;

namespace Roadmap.Benchmarks;

/// <summary>
/// <c>/next</c> and <c>/progress</c> for random members, through the real router on the generated
/// database. Not sealed: BenchmarkDotNet runs a generated subclass.
/// </summary>
[Config(typeof(ShortRunConfig))]
public class CommandBenchmarks
{
    private const int SampleSize = 4_096;

    private CoachHost _host = null!;
    private InteractionRouter _router = null!;
    private MemberSample _next = null!;
    private MemberSample _progress = null!;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _host = await CoachHost.StartAsync(Console.Out, CancellationToken.None);
        _router = _host.Router;
        _next = await BenchmarkSetup.CheckedSampleAsync(_router, Scenarios.Next, SampleSize, seed: 11);
        _progress = await BenchmarkSetup.CheckedSampleAsync(_router, Scenarios.Progress, SampleSize, seed: 12);
    }

    [GlobalCleanup]
    public async Task CleanUpAsync() => await _host.DisposeAsync();

    [Benchmark(Description = "/next")]
    public ValueTask<InteractionOutcome> Next() => _router.RouteAsync(_next.Take(), CancellationToken.None);

    [Benchmark(Description = "/progress")]
    public ValueTask<InteractionOutcome> Progress() => _router.RouteAsync(_progress.Take(), CancellationToken.None);
}
