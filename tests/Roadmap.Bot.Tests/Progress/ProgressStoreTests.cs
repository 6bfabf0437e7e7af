using Microsoft.Data.Sqlite;
using Roadmap.Bot.Progress;
using Roadmap.Bot.Tests.Fakes;

namespace Roadmap.Bot.Tests.Progress;

public sealed class ProgressStoreTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    private ProgressStore Store => _database.Get<ProgressStore>();

    private ProgressService Service => _database.Get<ProgressService>();

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task StatusesAsync_SeveralMilestones_ReturnsEachStatusAndNotStartedForTheRest()
    {
        await Service.StartAsync(42, _database.Milestone("internet"), CancellationToken.None);
        await Service.DoneAsync(42, _database.Milestone("language"), note: null, CancellationToken.None);
        await Service.SkipAsync(42, _database.Milestone("sql"), CancellationToken.None);
        await Service.DoneAsync(7, _database.Milestone("orm"), note: null, CancellationToken.None);

        var statuses = await Store.StatusesAsync(42, CancellationToken.None);

        Assert.Equal(
            (MilestoneStatus.InProgress, MilestoneStatus.Done, MilestoneStatus.Skipped, MilestoneStatus.NotStarted),
            (statuses.Of("internet"), statuses.Of("language"), statuses.Of("sql"), statuses.Of("orm")));
    }

    [Fact]
    public async Task RowsAsync_Member_ReturnsTheirRowsMostRecentFirst()
    {
        await Service.StartAsync(42, _database.Milestone("internet"), CancellationToken.None);
        _database.Time.Advance(TimeSpan.FromMinutes(1));
        await Service.DoneAsync(42, _database.Milestone("language"), "note on language", CancellationToken.None);
        await Service.StartAsync(7, _database.Milestone("sql"), CancellationToken.None);

        var rows = await Store.RowsAsync(42, CancellationToken.None);

        Assert.Equal(["language", "internet"], rows.Select(r => r.MilestoneId));
        Assert.Equal("note on language", rows[0].Note);
    }

    [Fact]
    public async Task RecentEventsAsync_Limit_ReturnsTheNewestFirst()
    {
        foreach (var milestone in _database.Content.Milestones.Take(3).Select(m => m.Id))
        {
            await Service.StartAsync(42, _database.Milestone(milestone), CancellationToken.None);
            _database.Time.Advance(TimeSpan.FromMinutes(1));
        }

        var events = await Store.RecentEventsAsync(42, 2, CancellationToken.None);

        Assert.Equal(["sql", "language"], events.Select(e => e.MilestoneId));
    }

    [Fact]
    public async Task CompletionTimesAsync_UndoneCompletion_IsLeftOut()
    {
        var kept = _database.Time.GetUtcNow();
        await Service.DoneAsync(42, _database.Milestone("internet"), note: null, CancellationToken.None);
        _database.Time.Advance(TimeSpan.FromDays(8));
        await Service.DoneAsync(42, _database.Milestone("language"), note: null, CancellationToken.None);
        await Service.UndoAsync(42, _database.Milestone("language"), CancellationToken.None);

        var times = await Store.CompletionTimesAsync(42, CancellationToken.None);

        Assert.Equal([kept], times);
    }

    [Fact]
    public async Task ProgressEvents_Update_IsRejectedBecauseTheHistoryIsAppendOnly()
    {
        await Service.StartAsync(42, _database.Milestone("internet"), CancellationToken.None);

        var error = await Assert.ThrowsAsync<SqliteException>(() => _database.ScalarAsync<int>("UPDATE progress_events SET to_status = 'done'"));

        Assert.Contains("progress_events is append-only", error.Message, StringComparison.Ordinal);
    }
}
