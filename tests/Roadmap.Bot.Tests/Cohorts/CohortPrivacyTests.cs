using Dapper;
using Roadmap.Bot.Cohorts;
using Roadmap.Bot.Persistence;
using Roadmap.Bot.Privacy;
using Roadmap.Bot.Tests.Fakes;
using static Roadmap.Bot.Tests.Cohorts.CohortTestData;
using static Roadmap.Bot.Tests.Fakes.CohortCalls;

namespace Roadmap.Bot.Tests.Cohorts;

/// <summary>A member's cohorts in /privacy export, and gone after /privacy forget (and with the member's row, by the cascade).</summary>
public sealed class CohortPrivacyTests : IAsyncLifetime
{
    private const ulong Ada = 1001;
    private const ulong Grace = 1002;

    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Export_ListsTheCohortsTheMemberIsIn_WithTheirServer()
    {
        var spring = await CreateAsync(_bot);
        await _bot.SendAsync(Cohort(Ada, "join", CohortId(spring.Id)));

        var json = (await _bot.Get<PrivacyStore>().ExportAsync(Ada, CancellationToken.None)).ToJson();

        var row = Assert.Single((await _bot.Get<PrivacyStore>().ExportAsync(Ada, CancellationToken.None)).CohortMembers);
        Assert.Equal((spring.Id, Server), (row.CohortId, row.GuildId));
        Assert.Contains("\"cohort_members\": [", json, StringComparison.Ordinal);
        Assert.Contains($"\"cohort_id\": {spring.Id}", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forget_TakesTheMemberOutOfTheirCohorts_AndLeavesOthersIn()
    {
        var spring = await CreateAsync(_bot);
        await _bot.SendAsync(Cohort(Ada, "join", CohortId(spring.Id)));
        await _bot.SendAsync(Cohort(Grace, "join", CohortId(spring.Id)));

        await _bot.Get<PrivacyStore>().ForgetAsync(Ada, CancellationToken.None);

        var roster = await _bot.Get<CohortRosterStore>().MembersAsync(spring, CancellationToken.None);
        Assert.Equal([Grace], roster.Select(m => m.MemberId));
        Assert.Empty((await _bot.Get<PrivacyStore>().ExportAsync(Ada, CancellationToken.None)).CohortMembers);
    }

    [Fact]
    public async Task DeletingAMembersRow_CascadesToTheirCohortMemberships()
    {
        var spring = await CreateAsync(_bot);
        await _bot.SendAsync(Cohort(Ada, "join", CohortId(spring.Id)));

        await using var connection = await _bot.Get<SqliteConnectionFactory>().OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync("DELETE FROM members WHERE id = @Id", new { Id = (long)Ada });
        var left = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM cohort_members WHERE member_id = @Id", new { Id = (long)Ada });

        Assert.Equal(0, left);
    }
}
