using System.Collections.Concurrent;
using Dapper;
using Roadmap.Bot.Persistence;

namespace Roadmap.Bot.Nudges;

/// <summary>
/// The members who may still be owed the "your DMs are closed" line, kept in memory so that the other
/// answers (nearly all of them) cost no database work. It is a superset: the sweep adds a member when it
/// pauses their nudges, the first lookup adds those paused before this start, and a member is dropped
/// once the database says there is nothing to tell (told already, turned back on, turned off, erased).
/// </summary>
internal sealed class DmsClosedMembers(SqliteConnectionFactory factory)
{
    private readonly ConcurrentDictionary<ulong, byte> _members = new();
    private readonly Lock _loading = new();
    private Task? _loaded;

    /// <summary>Notes a member whose nudges just paused because their DMs are closed.</summary>
    public void Add(ulong memberId) => _members.TryAdd(memberId, 0);

    /// <summary>Forgets a member the database has nothing to tell about.</summary>
    public void Remove(ulong memberId) => _members.TryRemove(memberId, out _);

    /// <summary>Whether the member may be owed the line; false means surely not.</summary>
    public async ValueTask<bool> MayBeOwedAsync(ulong memberId, CancellationToken cancellationToken)
    {
        await LoadOnceAsync();
        return _members.ContainsKey(memberId);
    }

    // The pauses from before this start are read once, by the first answer that asks; a failed read
    // (a busy or missing disk) is tried again by the next one.
    private Task LoadOnceAsync()
    {
        lock (_loading)
        {
            if (_loaded is null || _loaded.IsFaulted || _loaded.IsCanceled)
            {
                _loaded = LoadAsync();
            }

            return _loaded;
        }
    }

    private async Task LoadAsync()
    {
        const string owed = """
            SELECT member_id FROM nudge_settings
            WHERE state = 'paused' AND pause_reason = 'dms_closed' AND dms_closed_told_at IS NULL
            """;
        var connection = await factory.OpenAsync(CancellationToken.None);
        await using (connection)
        {
            foreach (var memberId in await connection.QueryAsync<ulong>(owed))
            {
                Add(memberId);
            }
        }
    }
}
