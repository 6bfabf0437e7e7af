using Roadmap.Bot.Progress;
using Roadmap.Bot.Tests.Fakes;
using static Roadmap.Bot.Progress.MilestoneStatus;

namespace Roadmap.Bot.Tests.Progress;

public sealed class ProgressServiceTests : IAsyncLifetime
{
    private const ulong MemberId = 18446744073709551615UL;
    private const string Milestone = "internet";
    private TestDatabase _database = null!;

    private ProgressService Service => _database.Get<ProgressService>();

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task StartAsync_NotStarted_MarksInProgressWithTheStartTime()
    {
        var outcome = await Service.StartAsync(MemberId, _database.Milestone(Milestone), CancellationToken.None);

        Assert.Equal((ProgressOutcomeKind.Started, NotStarted, InProgress), Shape(outcome));
        var row = await RowAsync();
        Assert.Equal(InProgress, row?.State);
        Assert.Equal(_database.Time.GetUtcNow(), row?.StartedAt);
        Assert.Null(row?.CompletedAt);
        await AssertEventsAsync(("not_started", "in_progress"));
    }

    [Fact]
    public async Task StartAsync_Skipped_MarksInProgress()
    {
        await Service.SkipAsync(MemberId, _database.Milestone(Milestone), CancellationToken.None);

        var outcome = await Service.StartAsync(MemberId, _database.Milestone(Milestone), CancellationToken.None);

        Assert.Equal(ProgressOutcomeKind.Started, outcome.Kind);
        Assert.Equal(InProgress, (await RowAsync())?.State);
        await AssertEventsAsync(("not_started", "skipped"), ("skipped", "in_progress"));
    }

    [Fact]
    public async Task StartAsync_Done_RefusesAndChangesNothing()
    {
        await Service.DoneAsync(MemberId, _database.Milestone(Milestone), "read it", CancellationToken.None);

        var outcome = await AssertChangesNothingAsync(() => Service.StartAsync(MemberId, _database.Milestone(Milestone), CancellationToken.None));

        Assert.Equal((ProgressOutcomeKind.StartRefusedDone, Done, Done), Shape(outcome));
        Assert.Equal("**Title of internet** is already done; /undo first if you want to redo it.", outcome.Message);
    }

    [Fact]
    public async Task StartAsync_InProgress_SaysSoAndChangesNothing()
    {
        await Service.StartAsync(MemberId, _database.Milestone(Milestone), CancellationToken.None);

        var outcome = await AssertChangesNothingAsync(() => Service.StartAsync(MemberId, _database.Milestone(Milestone), CancellationToken.None));

        Assert.Equal(ProgressOutcomeKind.AlreadyInProgress, outcome.Kind);
        Assert.Equal("**Title of internet** is already in progress; nothing changed.", outcome.Message);
    }

    [Fact]
    public async Task DoneAsync_InProgress_KeepsTheStartTimeAndSetsCompletionAndNote()
    {
        await Service.StartAsync(MemberId, _database.Milestone(Milestone), CancellationToken.None);
        var started = _database.Time.GetUtcNow();
        _database.Time.Advance(TimeSpan.FromDays(2));

        var outcome = await Service.DoneAsync(MemberId, _database.Milestone(Milestone), "  read the RFC summary ", CancellationToken.None);

        Assert.Equal((ProgressOutcomeKind.Completed, InProgress, Done), Shape(outcome));
        var row = await RowAsync();
        Assert.Equal(started, row?.StartedAt);
        Assert.Equal(_database.Time.GetUtcNow(), row?.CompletedAt);
        Assert.Equal("read the RFC summary", row?.Note);
        var events = await EventsAsync();
        Assert.Equal("read the RFC summary", events[^1].Note);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task DoneAsync_NotStartedOrSkipped_MarksDone(bool skippedFirst)
    {
        if (skippedFirst)
        {
            await Service.SkipAsync(MemberId, _database.Milestone(Milestone), CancellationToken.None);
        }

        var outcome = await Service.DoneAsync(MemberId, _database.Milestone(Milestone), note: null, CancellationToken.None);

        Assert.Equal(ProgressOutcomeKind.Completed, outcome.Kind);
        Assert.Equal(skippedFirst ? Skipped : NotStarted, outcome.Before);
        Assert.Equal(Done, (await RowAsync())?.State);
        Assert.Equal(skippedFirst ? 2 : 1, (await EventsAsync()).Count);
    }

    [Fact]
    public async Task DoneAsync_AlreadyDone_SaysSoAndChangesNothing()
    {
        await Service.DoneAsync(MemberId, _database.Milestone(Milestone), "first", CancellationToken.None);

        var outcome = await AssertChangesNothingAsync(() => Service.DoneAsync(MemberId, _database.Milestone(Milestone), "second", CancellationToken.None));

        Assert.Equal(ProgressOutcomeKind.AlreadyDone, outcome.Kind);
        Assert.Equal("first", (await RowAsync())?.Note);
    }

    [Fact]
    public async Task DoneAsync_NoteOver500Characters_RefusesAndChangesNothing()
    {
        await Service.StartAsync(MemberId, _database.Milestone(Milestone), CancellationToken.None);

        var outcome = await AssertChangesNothingAsync(() => Service.DoneAsync(MemberId, _database.Milestone(Milestone), new string('a', 501), CancellationToken.None));

        Assert.Equal((ProgressOutcomeKind.NoteTooLong, InProgress, InProgress), Shape(outcome));
        Assert.Equal("A note can be at most 500 characters; yours is longer, so nothing changed. Shorten it and try again.", outcome.Message);
    }

    [Fact]
    public async Task DoneAsync_NoteOfExactly500Characters_IsKept()
    {
        var note = new string('a', 500);

        var outcome = await Service.DoneAsync(MemberId, _database.Milestone(Milestone), note, CancellationToken.None);

        Assert.Equal(ProgressOutcomeKind.Completed, outcome.Kind);
        Assert.Equal(note, (await RowAsync())?.Note);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SkipAsync_NotStartedOrInProgress_MarksSkipped(bool startedFirst)
    {
        if (startedFirst)
        {
            await Service.StartAsync(MemberId, _database.Milestone(Milestone), CancellationToken.None);
        }

        var outcome = await Service.SkipAsync(MemberId, _database.Milestone(Milestone), CancellationToken.None);

        Assert.Equal((ProgressOutcomeKind.Skipped, startedFirst ? InProgress : NotStarted, Skipped), Shape(outcome));
        Assert.Equal(Skipped, (await RowAsync())?.State);
        Assert.Equal(startedFirst ? 2 : 1, (await EventsAsync()).Count);
    }

    [Fact]
    public async Task SkipAsync_Done_RefusesAndChangesNothing()
    {
        await Service.DoneAsync(MemberId, _database.Milestone(Milestone), note: null, CancellationToken.None);

        var outcome = await AssertChangesNothingAsync(() => Service.SkipAsync(MemberId, _database.Milestone(Milestone), CancellationToken.None));

        Assert.Equal(ProgressOutcomeKind.SkipRefusedDone, outcome.Kind);
        Assert.Equal("**Title of internet** is already done, so it cannot be skipped; /undo first if you want to change that.", outcome.Message);
    }

    [Fact]
    public async Task SkipAsync_AlreadySkipped_SaysSoAndChangesNothing()
    {
        await Service.SkipAsync(MemberId, _database.Milestone(Milestone), CancellationToken.None);

        var outcome = await AssertChangesNothingAsync(() => Service.SkipAsync(MemberId, _database.Milestone(Milestone), CancellationToken.None));

        Assert.Equal(ProgressOutcomeKind.AlreadySkipped, outcome.Kind);
    }

    [Fact]
    public async Task UndoAsync_AfterDone_RevertsToInProgressAndRecordsTheUndo()
    {
        await Service.StartAsync(MemberId, _database.Milestone(Milestone), CancellationToken.None);
        await Service.DoneAsync(MemberId, _database.Milestone(Milestone), note: null, CancellationToken.None);

        var outcome = await Service.UndoAsync(MemberId, _database.Milestone(Milestone), CancellationToken.None);

        Assert.Equal((ProgressOutcomeKind.Undone, Done, InProgress), Shape(outcome));
        Assert.Equal("Undid your last change to **Title of internet**: it is in progress again.", outcome.Message);
        var row = await RowAsync();
        Assert.Equal(InProgress, row?.State);
        Assert.Null(row?.CompletedAt);
        var events = await EventsAsync();
        await AssertEventsAsync(("not_started", "in_progress"), ("in_progress", "done"), ("done", "in_progress"));
        Assert.Equal(events[1].Id, events[2].RevertsEventId);
    }

    [Fact]
    public async Task UndoAsync_Twice_WalksBackTwoChangesToNotStarted()
    {
        await Service.StartAsync(MemberId, _database.Milestone(Milestone), CancellationToken.None);
        await Service.DoneAsync(MemberId, _database.Milestone(Milestone), note: null, CancellationToken.None);

        await Service.UndoAsync(MemberId, _database.Milestone(Milestone), CancellationToken.None);
        var outcome = await Service.UndoAsync(MemberId, _database.Milestone(Milestone), CancellationToken.None);

        Assert.Equal((ProgressOutcomeKind.Undone, InProgress, NotStarted), Shape(outcome));
        Assert.Null(await RowAsync());
        await AssertEventsAsync(("not_started", "in_progress"), ("in_progress", "done"), ("done", "in_progress"), ("in_progress", "not_started"));
    }

    [Fact]
    public async Task UndoAsync_AfterANewChange_RevertsTheNewChangeFirst()
    {
        await Service.StartAsync(MemberId, _database.Milestone(Milestone), CancellationToken.None);
        await Service.DoneAsync(MemberId, _database.Milestone(Milestone), note: null, CancellationToken.None);
        await Service.UndoAsync(MemberId, _database.Milestone(Milestone), CancellationToken.None);
        await Service.SkipAsync(MemberId, _database.Milestone(Milestone), CancellationToken.None);

        var outcome = await Service.UndoAsync(MemberId, _database.Milestone(Milestone), CancellationToken.None);

        Assert.Equal((ProgressOutcomeKind.Undone, Skipped, InProgress), Shape(outcome));
        Assert.Equal(InProgress, (await RowAsync())?.State);
    }

    [Fact]
    public async Task UndoAsync_NothingToUndo_SaysSoAndChangesNothing()
    {
        await Service.StartAsync(MemberId, _database.Milestone("git"), CancellationToken.None);

        var outcome = await AssertChangesNothingAsync(() => Service.UndoAsync(MemberId, _database.Milestone(Milestone), CancellationToken.None));

        Assert.Equal(ProgressOutcomeKind.NothingToUndo, outcome.Kind);
        Assert.Equal("There is nothing to undo on **Title of internet**.", outcome.Message);
    }

    [Fact]
    public async Task UndoAsync_EverythingUndone_SaysNothingToUndo()
    {
        await Service.StartAsync(MemberId, _database.Milestone(Milestone), CancellationToken.None);
        await Service.UndoAsync(MemberId, _database.Milestone(Milestone), CancellationToken.None);

        var outcome = await AssertChangesNothingAsync(() => Service.UndoAsync(MemberId, _database.Milestone(Milestone), CancellationToken.None));

        Assert.Equal(ProgressOutcomeKind.NothingToUndo, outcome.Kind);
    }

    private async Task<ProgressOutcome> AssertChangesNothingAsync(Func<Task<ProgressOutcome>> action)
    {
        string before;
        await using (var connection = await _database.OpenAsync())
        {
            before = await DatabaseSnapshot.TakeAsync(connection);
        }

        _database.Time.Advance(TimeSpan.FromMinutes(5));
        var outcome = await action();

        await using (var connection = await _database.OpenAsync())
        {
            Assert.Equal(before, await DatabaseSnapshot.TakeAsync(connection));
        }

        Assert.False(outcome.IsChange);
        Assert.Equal(outcome.Before, outcome.After);
        return outcome;
    }

    private static (ProgressOutcomeKind, MilestoneStatus, MilestoneStatus) Shape(ProgressOutcome outcome)
    {
        Assert.Equal(Milestone, outcome.MilestoneId);
        return (outcome.Kind, outcome.Before, outcome.After);
    }

    private async Task<ProgressRow?> RowAsync() =>
        (await _database.Get<ProgressStore>().RowsAsync(MemberId, CancellationToken.None)).SingleOrDefault(r => r.MilestoneId == Milestone);

    private async Task<IReadOnlyList<ProgressEventRow>> EventsAsync() =>
        (await _database.Get<ProgressStore>().RecentEventsAsync(MemberId, 100, CancellationToken.None)).Reverse().ToList();

    private async Task AssertEventsAsync(params (string From, string To)[] expected)
    {
        var events = await EventsAsync();
        Assert.Equal(expected, events.Select(e => (e.FromStatus, e.ToStatus)));
        Assert.All(events, e => Assert.Equal(MemberId, e.MemberId));
    }
}
