using NodaTime;
using Roadmap.Bot.Tests.Fakes;

namespace Roadmap.Bot.Tests.Nudges;

/// <summary>Two sweeps at once, each on its own connections to one database file, as two processes would be.</summary>
public sealed class NudgeSweepConcurrencyTests : IAsyncLifetime
{
    private const int Members = 200;

    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task TwoSweepsAtOnce_ClaimEachMemberOnce()
    {
        var due = DateTimeOffset.MinValue;
        int[] claimed;
        for (ulong member = 1; member <= Members; member++)
        {
            due = await _bot.NudgesOnAsync(member, "Europe/Berlin", IsoDayOfWeek.Monday, new LocalTime(9, 0));
        }

        _bot.MoveTo(due);
        var first = new FakeNudgeSender();
        var second = new FakeNudgeSender();
        var sweeps = new[] { _bot.NewSweep(first, ownConnections: true), _bot.NewSweep(second, ownConnections: true) };
        // A third connection holds the write lock while both sweeps start, so both are inside their
        // claim, waiting, when it is released: they really run at once, not one after the other.
        await using (var holder = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_bot.DatabasePath}"))
        {
            await holder.OpenAsync();
            using var lockHeld = holder.BeginTransaction(deferred: false);
            var running = sweeps.Select(s => Task.Run(() => s.SweepAsync(CancellationToken.None))).ToArray();
            // Time for both to reach the lock; not a proof of anything: the asserts below are.
            await Task.Delay(TimeSpan.FromMilliseconds(300));
            Assert.DoesNotContain(running, t => t.IsCompleted);
            lockHeld.Rollback();
            claimed = await Task.WhenAll(running);
        }

        var received = first.Received.Concat(second.Received).Select(n => n.MemberId).ToList();
        Assert.Equal(Members, claimed.Sum());
        Assert.Equal(Members, received.Count);
        Assert.Equal(Members, received.Distinct().Count());
        Assert.Equal(Members, await CountAsync("SELECT count(*) FROM nudges WHERE state = 'sent'"));
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_bot.DatabasePath}");
        await connection.OpenAsync();
        return await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, sql);
    }
}
