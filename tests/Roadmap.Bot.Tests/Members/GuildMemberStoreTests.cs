using Roadmap.Bot.Members;
using Roadmap.Bot.Tests.Fakes;

namespace Roadmap.Bot.Tests.Members;

public sealed class GuildMemberStoreTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    private GuildMemberStore Guilds => _database.Get<GuildMemberStore>();

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task RecordSeenAsync_NewMember_CreatesTheMemberToo()
    {
        await Guilds.RecordSeenAsync(100, 42, CancellationToken.None);

        Assert.NotNull(await _database.Get<MemberStore>().FindAsync(42, CancellationToken.None));
    }

    [Fact]
    public async Task RecordSeenAsync_Twice_KeepsFirstSeenAndMovesLastSeen()
    {
        var first = _database.Time.GetUtcNow();
        await Guilds.RecordSeenAsync(100, 42, CancellationToken.None);
        _database.Time.Advance(TimeSpan.FromDays(3));

        await Guilds.RecordSeenAsync(100, 42, CancellationToken.None);

        var row = Assert.Single(await Guilds.GuildsOfAsync(42, CancellationToken.None));
        Assert.Equal(new GuildMemberRow { GuildId = 100, MemberId = 42, FirstSeenAt = first, LastSeenAt = _database.Time.GetUtcNow() }, row);
    }

    [Fact]
    public async Task GuildsOfAsync_SeveralServers_MostRecentFirst()
    {
        await Guilds.RecordSeenAsync(100, 42, CancellationToken.None);
        _database.Time.Advance(TimeSpan.FromMinutes(1));
        await Guilds.RecordSeenAsync(200, 42, CancellationToken.None);
        await Guilds.RecordSeenAsync(300, 7, CancellationToken.None);

        var guilds = await Guilds.GuildsOfAsync(42, CancellationToken.None);

        Assert.Equal([200UL, 100UL], guilds.Select(g => g.GuildId));
    }

    [Fact]
    public async Task ShareAGuildAsync_CommonServer_IsTrue()
    {
        await Guilds.RecordSeenAsync(100, 42, CancellationToken.None);
        await Guilds.RecordSeenAsync(200, 42, CancellationToken.None);
        await Guilds.RecordSeenAsync(200, 7, CancellationToken.None);

        Assert.True(await Guilds.ShareAGuildAsync(42, 7, CancellationToken.None));
    }

    [Fact]
    public async Task ShareAGuildAsync_NoCommonServer_IsFalse()
    {
        await Guilds.RecordSeenAsync(100, 42, CancellationToken.None);
        await Guilds.RecordSeenAsync(200, 7, CancellationToken.None);

        Assert.False(await Guilds.ShareAGuildAsync(42, 7, CancellationToken.None));
    }
}
