using System.Collections.Concurrent;
using Roadmap.Bot.Persistence;

namespace Roadmap.Bot.Members;

/// <summary>
/// Which servers members use the bot in, noted in memory as interactions arrive and written to
/// <c>guild_members</c> in one transaction by <see cref="FlushAsync"/> (the Discord worker's flusher
/// calls it every second and at shutdown). Every interaction has a server, autocomplete on each
/// keystroke included: a write transaction for each cost a seventh of the bot's CPU at 200
/// interactions a second, and a disk write each time. A pair written within
/// <see cref="LastSeenPrecision"/> is not written again.
/// </summary>
internal sealed class ServerVisits(GuildMemberStore store, TimeProvider time) : IDisposable
{
    /// <summary>How fresh <c>last_seen_at</c> is kept.</summary>
    public static readonly TimeSpan LastSeenPrecision = TimeSpan.FromHours(1);

    // Above this many remembered pairs, the ones written longer than the precision ago are dropped.
    private const int WrittenPairsBeforeSweep = 50_000;

    private readonly ConcurrentDictionary<(ulong GuildId, ulong MemberId), DateTimeOffset> _pending = new();
    private readonly ConcurrentDictionary<(ulong GuildId, ulong MemberId), DateTimeOffset> _written = new();

    // Flushes and forgets one at a time, so an erased member's visit can never be written after the erasure.
    private readonly SemaphoreSlim _writing = new(1, 1);

    /// <summary>Visits noted and not written yet.</summary>
    public int PendingCount => _pending.Count;

    /// <summary>Notes that the member used the bot in the server now. Never touches the database.</summary>
    public void Note(ulong guildId, ulong memberId)
    {
        var key = (guildId, memberId);
        var now = StoredTime.Now(time);
        if (_written.TryGetValue(key, out var written) && now - written < LastSeenPrecision)
        {
            return;
        }

        _pending[key] = now;
    }

    /// <summary>Writes the noted visits in one transaction; if that fails they stay noted for the next flush.</summary>
    /// <returns>How many visits were written.</returns>
    public async Task<int> FlushAsync(CancellationToken cancellationToken)
    {
        await _writing.WaitAsync(cancellationToken);
        try
        {
            List<GuildVisit> visits = [];
            foreach (var key in _pending.Keys)
            {
                if (_pending.TryRemove(key, out var at))
                {
                    visits.Add(new GuildVisit(key.GuildId, key.MemberId, at));
                }
            }

            try
            {
                await store.RecordSeenAsync(visits, cancellationToken);
            }
            catch
            {
                foreach (var visit in visits)
                {
                    _pending.TryAdd((visit.GuildId, visit.MemberId), visit.At);
                }

                throw;
            }

            foreach (var visit in visits)
            {
                _written[(visit.GuildId, visit.MemberId)] = visit.At;
            }

            SweepIfLarge();
            return visits.Count;
        }
        finally
        {
            _writing.Release();
        }
    }

    /// <summary>
    /// Runs <paramref name="erase"/> (the deletion of the member's data) with no flush under way,
    /// after dropping what is noted about the member, so nothing of theirs is written afterwards and
    /// their next interaction is recorded afresh.
    /// </summary>
    public async Task<T> ForgetAsync<T>(ulong memberId, Func<Task<T>> erase)
    {
        ArgumentNullException.ThrowIfNull(erase);
        await _writing.WaitAsync();
        try
        {
            Drop(_pending, memberId);
            Drop(_written, memberId);
            return await erase();
        }
        finally
        {
            _writing.Release();
        }
    }

    private static void Drop(ConcurrentDictionary<(ulong GuildId, ulong MemberId), DateTimeOffset> pairs, ulong memberId)
    {
        foreach (var key in pairs.Keys)
        {
            if (key.MemberId == memberId)
            {
                pairs.TryRemove(key, out _);
            }
        }
    }

    private void SweepIfLarge()
    {
        if (_written.Count <= WrittenPairsBeforeSweep)
        {
            return;
        }

        var stale = StoredTime.Now(time) - LastSeenPrecision;
        foreach (var (key, at) in _written)
        {
            if (at < stale)
            {
                _written.TryRemove(key, out _);
            }
        }
    }

    public void Dispose() => _writing.Dispose();
}
