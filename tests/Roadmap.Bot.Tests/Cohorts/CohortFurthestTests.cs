using Microsoft.Data.Sqlite;
using Roadmap.Bot.Cohorts.Insights;
using Roadmap.Bot.Content;
using Roadmap.Bot.Persistence;
using Roadmap.Bot.Tests.Fakes;
using static Roadmap.Bot.Tests.Cohorts.CohortTestData;
using static Roadmap.Bot.Tests.Fakes.CohortCalls;

namespace Roadmap.Bot.Tests.Cohorts;

/// <summary>
/// A cohort's members per stage come from what each membership keeps (0012_cohort_furthest): the
/// furthest done milestone, through /done, /undo, /skip, joining late, going private, and a new
/// edition of the roadmap. The yardstick is counting afresh from the members' progress rows.
/// </summary>
public sealed class CohortFurthestTests : IAsyncLifetime
{
    private const ulong InteractionFactoryGuild = Roadmap.Testing.InteractionFactory.GuildId;

    private BotHarness _bot = null!;

    private IReadOnlyList<Milestone> Milestones => _bot.Get<RoadmapContent>().Milestones;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task ManyChanges_TheCohortsStagesAlwaysEqualCountingFromProgress()
    {
        var cohort = await CreateAsync(_bot);
        var random = new Random(1402);
        ulong[] members = [.. Enumerable.Range(0, 16).Select(i => (ulong)(900 + i))];
        var joined = new HashSet<ulong>();
        foreach (var member in members.Take(10))
        {
            await _bot.SendAsync(Cohort(member, "join", CohortId(cohort.Id)));
            joined.Add(member);
        }

        for (var step = 1; step <= 150; step++)
        {
            var member = members[random.Next(members.Length)];
            var milestone = Milestones[random.Next(Milestones.Count)].Id;
            var roll = random.Next(100);
            if (roll < 50)
            {
                await _bot.RunAsAsync(member, "done", ("milestone", milestone));
            }
            else if (roll < 70)
            {
                await _bot.RunAsAsync(member, "undo", ("milestone", milestone));
            }
            else if (roll < 80)
            {
                await _bot.RunAsAsync(member, "skip", ("milestone", milestone));
            }
            else if (roll < 88)
            {
                await _bot.RunAsAsync(member, "profile", ("visibility", random.Next(2) == 0 ? "private" : "server"));
            }
            else if (joined.Add(member))
            {
                // Joining late brings what the member did before.
                await _bot.SendAsync(Cohort(member, "join", CohortId(cohort.Id)));
            }

            if (step % 10 == 0 || step == 150)
            {
                // Counted afresh from the joined members' progress rows, as the server's scope reads them.
                var ours = await ReadAsync(cohort.Id);
                var expected = await CountFromProgressAsync(joined);
                Assert.Equal(expected, ours.Stages.Select(s => s.Members).ToList());
            }
        }
    }

    [Fact]
    public async Task KeptInAnotherOrder_IsCountedAgainOnTheFirstRead()
    {
        var cohort = await CreateAsync(_bot);
        await _bot.SendAsync(Cohort(1, "join", CohortId(cohort.Id)));
        await FinishAsync(_bot, 1, 3);
        var before = await ReadAsync(cohort.Id);

        // An older edition's order: the same ids, back to front, as a database kept by it would hold.
        await using (var connection = new SqliteConnection($"Data Source={_bot.DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE milestone_positions SET position = (SELECT count(*) FROM milestone_positions) - 1 - position; UPDATE cohort_members SET furthest = 0;";
            await command.ExecuteNonQueryAsync();
        }

        using var restarted = new InsightsStore(_bot.Get<SqliteConnectionFactory>(), _bot.Get<RoadmapContent>());
        var after = await restarted.ReadAsync(InteractionFactoryGuild, cohort.Id, 0, CancellationToken.None);

        Assert.Equal(before.Stages, after.Stages);
        Assert.Equal(1, before.Stages.Sum(s => s.Members));
        Assert.Equal(0, before.Stages[0].Members);
    }

    private Task<CohortInsights> ReadAsync(long cohortId) =>
        _bot.Get<InsightsStore>().ReadAsync(InteractionFactoryGuild, cohortId, 0, CancellationToken.None);

    /// <summary>Members per stage counted from the members' progress rows, for the members who share.</summary>
    private async Task<List<int>> CountFromProgressAsync(IReadOnlyCollection<ulong> members)
    {
        var content = _bot.Get<RoadmapContent>();
        var stages = content.Track.Stages;
        var counts = new int[stages.Count + 1];
        await using var connection = new SqliteConnection($"Data Source={_bot.DatabasePath}");
        await connection.OpenAsync();
        foreach (var member in members)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT visibility FROM members WHERE id = $m; SELECT milestone_id FROM progress WHERE member_id = $m AND status = 'done';";
            command.Parameters.AddWithValue("$m", (long)member);
            await using var reader = await command.ExecuteReaderAsync();
            var shares = await reader.ReadAsync() && reader.GetString(0) != "private";
            await reader.NextResultAsync();
            var furthest = -1;
            while (await reader.ReadAsync())
            {
                var position = content.Milestones.ToList().FindIndex(m => m.Id == reader.GetString(0));
                furthest = Math.Max(furthest, position);
            }

            if (!shares)
            {
                continue;
            }

            counts[furthest < 0 ? 0 : 1 + stages.ToList().FindIndex(s => s.Id == content.StageOf(content.Milestones[furthest]).Id)]++;
        }

        return [.. counts];
    }
}
