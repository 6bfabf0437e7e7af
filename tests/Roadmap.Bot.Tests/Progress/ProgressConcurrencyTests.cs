using Dapper;
using Roadmap.Bot.Progress;
using Roadmap.Bot.Tests.Fakes;

namespace Roadmap.Bot.Tests.Progress;

/// <summary>
/// Eight writers on one database file at once. Each writer runs its changes one after another, so at
/// most eight connections are open together, each from its own writer.
/// </summary>
public sealed class ProgressConcurrencyTests : IAsyncLifetime
{
    private const int Writers = 8;
    private const int ChangesPerWriter = 1_000;
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Changes_EightWritersOnOneFile_NoLockErrorAndNoLostChange()
    {
        var service = _database.Get<ProgressService>();
        var milestones = _database.Content.Milestones.Select(m => m.Id).ToArray();

        // Start, done, undo (back to in progress), skip: every step is a change from the one before,
        // and a milestone comes round again skipped, which start accepts.
        var outcomes = await RunWritersAsync(async (writer, i) =>
        {
            var member = MemberOf(writer);
            var milestone = milestones[i / 4 % milestones.Length];
            return (i % 4) switch
            {
                0 => await service.StartAsync(member, _database.Milestone(milestone), CancellationToken.None),
                1 => await service.DoneAsync(member, _database.Milestone(milestone), $"note {i}", CancellationToken.None),
                2 => await service.UndoAsync(member, _database.Milestone(milestone), CancellationToken.None),
                _ => await service.SkipAsync(member, _database.Milestone(milestone), CancellationToken.None),
            };
        });

        Assert.All(outcomes, o => Assert.True(o.IsChange, $"{o.Kind} on {o.MilestoneId}"));
        Assert.Equal(Writers * ChangesPerWriter, await _database.ScalarAsync<long>("SELECT count(*) FROM progress_events"));
        for (var writer = 0; writer < Writers; writer++)
        {
            var member = MemberOf(writer);
            Assert.Equal(ChangesPerWriter, await _database.ScalarAsync<long>("SELECT count(*) FROM progress_events WHERE member_id = @Member", new { Member = member }));
            var statuses = await _database.Get<ProgressStore>().StatusesAsync(member, CancellationToken.None);
            Assert.All(milestones, m => Assert.Equal(MilestoneStatus.Skipped, statuses.Of(m)));
        }

        await AssertHistoryIsOneChainAsync();
    }

    [Fact]
    public async Task Changes_EightWritersOnTheSameMilestone_EveryChangeIsRecordedFromTheStatusBeforeIt()
    {
        var service = _database.Get<ProgressService>();

        var outcomes = await RunWritersAsync(async (writer, i) => ((i + writer) % 4) switch
        {
            0 => await service.StartAsync(42, _database.Milestone("internet"), CancellationToken.None),
            1 => await service.DoneAsync(42, _database.Milestone("internet"), note: null, CancellationToken.None),
            2 => await service.UndoAsync(42, _database.Milestone("internet"), CancellationToken.None),
            _ => await service.SkipAsync(42, _database.Milestone("internet"), CancellationToken.None),
        });

        var changes = outcomes.Count(o => o.IsChange);
        Assert.True(changes > 0);
        Assert.Equal(changes, await _database.ScalarAsync<long>("SELECT count(*) FROM progress_events"));
        await AssertHistoryIsOneChainAsync();
    }

    private static ulong MemberOf(int writer) => ulong.MaxValue - (ulong)writer;

    private static async Task<List<ProgressOutcome>> RunWritersAsync(Func<int, int, Task<ProgressOutcome>> change)
    {
        using var start = new ManualResetEventSlim();
        var writers = Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            start.Wait();
            var outcomes = new List<ProgressOutcome>(ChangesPerWriter);
            for (var i = 0; i < ChangesPerWriter; i++)
            {
                outcomes.Add(await change(writer, i));
            }

            return outcomes;
        })).ToList();
        start.Set();
        return (await Task.WhenAll(writers)).SelectMany(o => o).ToList();
    }

    /// <summary>
    /// Per member and milestone, each event starts from the status the previous one ended in, and the
    /// progress row shows where the last one ended: a change decided on a stale status, or a row
    /// written without its event, breaks the chain.
    /// </summary>
    private async Task AssertHistoryIsOneChainAsync()
    {
        await using var connection = await _database.OpenAsync();
        var events = await connection.QueryAsync<(long MemberId, string MilestoneId, string FromStatus, string ToStatus)>(
            "SELECT member_id, milestone_id, from_status, to_status FROM progress_events ORDER BY id");
        var rows = (await connection.QueryAsync<(long MemberId, string MilestoneId, string Status)>("SELECT member_id, milestone_id, status FROM progress"))
            .ToDictionary(r => (r.MemberId, r.MilestoneId), r => r.Status);

        var last = new Dictionary<(long, string), string>();
        foreach (var e in events)
        {
            Assert.Equal(last.GetValueOrDefault((e.MemberId, e.MilestoneId), "not_started"), e.FromStatus);
            last[(e.MemberId, e.MilestoneId)] = e.ToStatus;
        }

        var expected = last.Where(l => l.Value != "not_started").OrderBy(l => l.Key).ToList();
        Assert.Equal(expected, rows.OrderBy(r => r.Key).ToList());
    }
}
