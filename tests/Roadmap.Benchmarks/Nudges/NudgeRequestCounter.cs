using Roadmap.Testing.Rest;

namespace Roadmap.Benchmarks.Nudges;

/// <summary>
/// Counts, as the fake Discord receives them, the requests the nudges make (DM opens and messages),
/// every 429 on any route, the refusals, and when the first and the last DM arrived. The fake keeps
/// no journal during the run; this is all the benchmark needs from it.
/// </summary>
internal sealed class NudgeRequestCounter(int expectedMessages)
{
    private readonly TaskCompletionSource _allDelivered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _dmOpens;
    private int _messages;
    private int _rateLimited;
    private int _refused;
    private int _delivered;
    private long _firstRequestTicks;
    private long _lastMessageTicks;

    public int DmOpens => Volatile.Read(ref _dmOpens);

    public int Messages => Volatile.Read(ref _messages);

    public int Requests => DmOpens + Messages;

    public int RateLimited => Volatile.Read(ref _rateLimited);

    public int Refused => Volatile.Read(ref _refused);

    public int Delivered => Volatile.Read(ref _delivered);

    public DateTimeOffset? FirstRequestAt => At(Interlocked.Read(ref _firstRequestTicks));

    public DateTimeOffset? LastDeliveredAt => At(Interlocked.Read(ref _lastMessageTicks));

    /// <summary>Completes when the expected number of messages was created.</summary>
    public Task AllDelivered => _allDelivered.Task;

    /// <summary>The fake's observer: runs on the request's thread, after the fake decided its status.</summary>
    public void Observe(RecordedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = DateTimeOffset.UtcNow.UtcTicks;
        if (request.Status == 429)
        {
            Interlocked.Increment(ref _rateLimited);
        }

        if (request.Route is not (FakeRoutes.CreateDm or FakeRoutes.CreateMessage))
        {
            return;
        }

        Interlocked.CompareExchange(ref _firstRequestTicks, now, 0);
        Interlocked.Increment(ref request.Route == FakeRoutes.CreateDm ? ref _dmOpens : ref _messages);
        if (request.Status is < 200 or > 299)
        {
            Interlocked.Increment(ref _refused);
        }
        else if (request.Route == FakeRoutes.CreateMessage)
        {
            Interlocked.Exchange(ref _lastMessageTicks, now);
            if (Interlocked.Increment(ref _delivered) == expectedMessages)
            {
                _allDelivered.TrySetResult();
            }
        }
    }

    private static DateTimeOffset? At(long ticks) => ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
}
