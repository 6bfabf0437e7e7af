using System.Diagnostics;
using System.Globalization;
using Roadmap.Testing.Rest;

namespace Roadmap.Benchmarks.Load;

/// <summary>
/// When each interaction of a run was dispatched and when the fake received its callback, indexed by
/// interaction id. The fake calls <see cref="Observe"/> on its request threads; the first callback
/// for an id counts (a second one would be the bot answering twice, which the fake refuses).
/// </summary>
public sealed class CallbackClock(ulong firstId, int capacity)
{
    private readonly long[] _sent = new long[capacity];
    private readonly long[] _answered = new long[capacity];
    private readonly int[] _status = new int[capacity];
    private int _others;

    public int Capacity => capacity;

    /// <summary>Requests that were not a callback to one of this run's interactions (deferral edits, stray ones).</summary>
    public int OtherRequests => Volatile.Read(ref _others);

    public void MarkSent(ulong id, long timestamp) => _sent[Index(id)] = timestamp;

    public void Observe(RecordedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = Stopwatch.GetTimestamp();
        if (request.Route != FakeRoutes.InteractionCallback
            || !ulong.TryParse(request.Subject, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || id < firstId || id - firstId >= (ulong)capacity)
        {
            Interlocked.Increment(ref _others);
            return;
        }

        var index = Index(id);
        if (Interlocked.CompareExchange(ref _answered[index], now, 0) == 0)
        {
            Volatile.Write(ref _status[index], request.Status);
        }
    }

    /// <summary>Frame sent to callback received, or null when there was no callback within <paramref name="limit"/>.</summary>
    public TimeSpan? Latency(int index, TimeSpan limit)
    {
        var answered = Volatile.Read(ref _answered[index]);
        if (answered == 0 || _sent[index] == 0)
        {
            return null;
        }

        var elapsed = Stopwatch.GetElapsedTime(_sent[index], answered);
        return elapsed <= limit ? elapsed : null;
    }

    public int Status(int index) => Volatile.Read(ref _status[index]);

    /// <summary>When the frame at <paramref name="index"/> was sent (a <see cref="Stopwatch"/> timestamp), 0 before.</summary>
    public long SentAt(int index) => _sent[index];

    /// <summary>The index of <paramref name="id"/>, when it is one of this run's interactions.</summary>
    public bool TryIndexOf(ulong id, out int index)
    {
        var inRun = id >= firstId && id - firstId < (ulong)capacity;
        index = inRun ? Index(id) : -1;
        return inRun;
    }

    /// <summary>The interaction id at <paramref name="index"/>.</summary>
    public ulong IdAt(int index) => firstId + (ulong)index;

    private int Index(ulong id) => checked((int)(id - firstId));
}
