namespace Roadmap.Testing.Rest;

/// <summary>Every request the fake received, in order; tests read it or wait for a matching entry.</summary>
public sealed class RequestJournal
{
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<(Func<RecordedRequest, bool> Match, TaskCompletionSource<RecordedRequest> Done)> _waiters = [];
    private readonly Lock _lock = new();

    /// <summary>
    /// Sees every request as it arrives, on the request's own thread, before the fake answers it. The
    /// load benchmark times callbacks with it instead of searching the journal.
    /// </summary>
    public Action<RecordedRequest>? Observer { get; set; }

    /// <summary>
    /// False records nothing (waiters still complete): a load run's hundred thousand requests would
    /// otherwise pile up in the fake's process and make each <see cref="WaitForAsync"/> scan them all.
    /// </summary>
    public bool KeepsRequests { get; set; } = true;

    public IReadOnlyList<RecordedRequest> All
    {
        get
        {
            lock (_lock)
            {
                return [.. _requests];
            }
        }
    }

    public IReadOnlyList<RecordedRequest> ForRoute(string route) => [.. All.Where(r => r.Route == route)];

    /// <summary>Completes with the first request, past or future, that matches.</summary>
    public async Task<RecordedRequest> WaitForAsync(Func<RecordedRequest, bool> match, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(match);
        var done = new TaskCompletionSource<RecordedRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            var existing = _requests.FirstOrDefault(match);
            if (existing is not null)
            {
                return existing;
            }

            _waiters.Add((match, done));
        }

        return await done.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(10));
    }

    /// <summary>Waits until a callback for the interaction has been answered.</summary>
    public Task<RecordedRequest> WaitForCallbackAsync(ulong interactionId, TimeSpan? timeout = null) =>
        WaitForAsync(r => r.Route == FakeRoutes.InteractionCallback && r.Subject == interactionId.ToString(System.Globalization.CultureInfo.InvariantCulture), timeout);

    internal void Add(RecordedRequest request)
    {
        Observer?.Invoke(request);
        List<TaskCompletionSource<RecordedRequest>> completed = [];
        lock (_lock)
        {
            if (KeepsRequests)
            {
                _requests.Add(request);
            }

            _waiters.RemoveAll(w =>
            {
                if (!w.Match(request))
                {
                    return false;
                }

                completed.Add(w.Done);
                return true;
            });
        }

        completed.ForEach(done => done.TrySetResult(request));
    }
}
