using System.Globalization;

namespace Roadmap.Benchmarks;

/// <summary>
/// The spread of one scenario's single-operation times in milliseconds: wall time (what a member
/// waits) and the thread's CPU time (the bot's own work, without waiting for a core), with the
/// garbage collections that happened during the timed operations, and how many of the answers carried a
/// picture drawn for them rather than one from the bot's picture cache.
/// </summary>
public sealed record LatencyResult(
    string Scenario, Percentiles Wall, Percentiles Cpu, int OverOneMillisecond, int Failures,
    long BytesPerOperation, int Gen0Collections, int Gen2Collections, double GcPauseMilliseconds, int PicturesDrawn)
{
    public const string Header =
        "| scenario                 |  mean ms |   p50 ms |   p90 ms |   p99 ms | p99.9 ms |   max ms | >1 ms | wrong | cpu p50 | cpu p99 | alloc/op | gen0 | gen2 | GC pause | drawn |\n" +
        "|--------------------------|---------:|---------:|---------:|---------:|---------:|---------:|------:|------:|--------:|--------:|---------:|-----:|-----:|---------:|------:|";

    public string ToRow() => string.Create(CultureInfo.InvariantCulture,
        $"| {Scenario,-24} | {Wall.Mean,8:F3} | {Wall.P50,8:F3} | {Wall.P90,8:F3} | {Wall.P99,8:F3} | {Wall.P999,8:F3} | {Wall.Max,8:F3} | {OverOneMillisecond,5} | {Failures,5} | {Cpu.P50,7:F3} | {Cpu.P99,7:F3} | {BytesPerOperation / 1024.0,5:F1} KB | {Gen0Collections,4} | {Gen2Collections,4} | {GcPauseMilliseconds,5:F0} ms | {PicturesDrawn,5} |");
}
