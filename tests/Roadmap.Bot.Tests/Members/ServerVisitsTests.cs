using Microsoft.Data.Sqlite;
using Roadmap.Bot.Members;
using Roadmap.Bot.Privacy;
using Roadmap.Bot.Tests.Fakes;

namespace Roadmap.Bot.Tests.Members;

public sealed class ServerVisitsTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    private ServerVisits Visits => _database.Get<ServerVisits>();

    private GuildMemberStore Guilds => _database.Get<GuildMemberStore>();

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Note_BeforeAFlush_WritesNothing()
    {
        Visits.Note(100, 42);

        Assert.Empty(await Guilds.GuildsOfAsync(42, CancellationToken.None));
        Assert.Equal(1, Visits.PendingCount);
    }

    [Fact]
    public async Task FlushAsync_AfterSeveralNotes_WritesEachPairOnceWithTheLatestTime()
    {
        Visits.Note(100, 42);
        _database.Time.Advance(TimeSpan.FromSeconds(30));
        Visits.Note(100, 42);
        Visits.Note(200, 42);

        var written = await Visits.FlushAsync(CancellationToken.None);

        Assert.Equal(2, written);
        var rows = await Guilds.GuildsOfAsync(42, CancellationToken.None);
        Assert.Equal([100UL, 200UL], rows.Select(r => r.GuildId).Order());
        Assert.All(rows, r => Assert.Equal(_database.Time.GetUtcNow(), r.LastSeenAt));
        Assert.NotNull(await _database.Get<MemberStore>().FindAsync(42, CancellationToken.None));
    }

    [Fact]
    public async Task Note_AgainWithinTheHourOfAWrite_IsNotWrittenAgain()
    {
        var first = _database.Time.GetUtcNow();
        Visits.Note(100, 42);
        await Visits.FlushAsync(CancellationToken.None);
        _database.Time.Advance(TimeSpan.FromMinutes(59));

        Visits.Note(100, 42);

        Assert.Equal(0, await Visits.FlushAsync(CancellationToken.None));
        Assert.Equal(first, Assert.Single(await Guilds.GuildsOfAsync(42, CancellationToken.None)).LastSeenAt);
    }

    [Fact]
    public async Task Note_AnHourAfterAWrite_MovesLastSeen()
    {
        Visits.Note(100, 42);
        await Visits.FlushAsync(CancellationToken.None);
        _database.Time.Advance(ServerVisits.LastSeenPrecision);

        Visits.Note(100, 42);
        await Visits.FlushAsync(CancellationToken.None);

        Assert.Equal(_database.Time.GetUtcNow(), Assert.Single(await Guilds.GuildsOfAsync(42, CancellationToken.None)).LastSeenAt);
    }

    [Fact]
    public async Task FlushAsync_WhenTheWriteFails_KeepsTheVisitsForTheNextFlush()
    {
        await ExecuteAsync("CREATE TRIGGER refuse BEFORE INSERT ON guild_members BEGIN SELECT RAISE(ABORT, 'the disk refused'); END;");
        Visits.Note(100, 42);

        await Assert.ThrowsAsync<SqliteException>(() => Visits.FlushAsync(CancellationToken.None));
        await ExecuteAsync("DROP TRIGGER refuse;");
        var written = await Visits.FlushAsync(CancellationToken.None);

        Assert.Equal(1, written);
        Assert.Single(await Guilds.GuildsOfAsync(42, CancellationToken.None));
    }

    [Fact]
    public async Task Forget_DropsNotedVisits_SoNothingOfTheMemberIsWrittenAfterwards()
    {
        Visits.Note(100, 42);

        await _database.Get<PrivacyStore>().ForgetAsync(42, CancellationToken.None);
        await Visits.FlushAsync(CancellationToken.None);

        Assert.Empty(await Guilds.GuildsOfAsync(42, CancellationToken.None));
        Assert.Null(await _database.Get<MemberStore>().FindAsync(42, CancellationToken.None));
    }

    [Fact]
    public async Task Note_RightAfterTheMemberForgotTheirData_IsWrittenAgain()
    {
        Visits.Note(100, 42);
        await Visits.FlushAsync(CancellationToken.None);
        await _database.Get<PrivacyStore>().ForgetAsync(42, CancellationToken.None);
        _database.Time.Advance(TimeSpan.FromMinutes(1));

        Visits.Note(100, 42);
        await Visits.FlushAsync(CancellationToken.None);

        Assert.Equal([100UL], (await Guilds.GuildsOfAsync(42, CancellationToken.None)).Select(g => g.GuildId));
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await _database.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
