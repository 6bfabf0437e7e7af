using System.Runtime.InteropServices;

namespace Roadmap.Benchmarks;

/// <summary>
/// The CPU time the calling thread has used (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>). Beside wall time
/// it tells the bot's own work from time spent waiting for a core on a busy machine.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ThreadCpuTimeId = 3;

    /// <summary>Whether the clock works here (Linux); elsewhere the latency mode reports wall time only.</summary>
    public static bool IsAvailable { get; } = OperatingSystem.IsLinux() && TryRead(out _);

    /// <summary>Nanoseconds of CPU time used by this thread so far, or 0 where the clock is not available.</summary>
    public static long Nanoseconds() => IsAvailable && TryRead(out var nanoseconds) ? nanoseconds : 0;

    private static bool TryRead(out long nanoseconds)
    {
        var ok = ClockGetTime(ThreadCpuTimeId, out var time) == 0;
        nanoseconds = ok ? (time.Seconds * 1_000_000_000) + time.Nanoseconds : 0;
        return ok;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clockId, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
