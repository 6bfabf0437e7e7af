using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace Roadmap.Benchmarks;

/// <summary>
/// One launch, 3 warm-up and 10 measured iterations: enough for a stable mean on a shared 2-core
/// machine in about a minute per benchmark, where BenchmarkDotNet's default job would run until its
/// statistics settle (often many minutes). Allocations come from the memory diagnoser; the
/// percentile columns are over iteration means, not single operations (see the latency mode).
/// </summary>
public sealed class ShortRunConfig : ManualConfig
{
    public ShortRunConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10).WithId("Short"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median, StatisticColumn.P95, StatisticColumn.Max);
    }
}
