using Roadmap.Bot.Cohorts;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;
using Roadmap.Testing;

namespace Roadmap.Bot.Tests.Cohorts;

/// <summary>Cohorts belong to one server: another server's ids are unknown, names are unique per server.</summary>
public sealed class CohortStoreTests : IAsyncLifetime
{
    private const ulong Server = InteractionFactory.GuildId;
    private const ulong OtherServer = 99;
    private const ulong Ada = InteractionFactory.MemberId;

    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private CohortStore Cohorts => _bot.Get<CohortStore>();

    private static NewCohort Spring(ulong guildId = Server, string name = "Spring 2027") =>
        new(guildId, name, null, new DateTimeOffset(2027, 3, 1, 17, 0, 0, TimeSpan.Zero), null, 42, null);

    [Fact]
    public async Task FindAsync_IdFromAnotherServer_IsUnknown()
    {
        var cohort = await Cohorts.CreateAsync(Spring(), CancellationToken.None);

        Assert.NotNull(cohort);
        Assert.Null(await Cohorts.FindAsync(OtherServer, cohort.Id, CancellationToken.None));
        Assert.False(await Cohorts.ArchiveAsync(OtherServer, cohort.Id, CancellationToken.None));
        Assert.Equal("Spring 2027", (await Cohorts.FindAsync(Server, cohort.Id, CancellationToken.None))?.Name);
    }

    [Fact]
    public async Task CreateAsync_NameTakenInTheServerWhateverTheCase_IsRefused_ButFreeElsewhereAndAfterArchiving()
    {
        var first = await Cohorts.CreateAsync(Spring(), CancellationToken.None);

        Assert.Null(await Cohorts.CreateAsync(Spring(name: "SPRING 2027"), CancellationToken.None));
        Assert.NotNull(await Cohorts.CreateAsync(Spring(OtherServer), CancellationToken.None));
        Assert.True(await Cohorts.ArchiveAsync(Server, first!.Id, CancellationToken.None));
        Assert.NotNull(await Cohorts.CreateAsync(Spring(), CancellationToken.None));
    }

    [Fact]
    public async Task JoinAndLeave_Twice_SaySoTheSecondTime()
    {
        var cohort = (await Cohorts.CreateAsync(Spring(), CancellationToken.None))!;

        Assert.True(await Cohorts.JoinAsync(cohort, Ada, CancellationToken.None));
        Assert.False(await Cohorts.JoinAsync(cohort, Ada, CancellationToken.None));
        Assert.Equal([cohort.Id], (await Cohorts.OfMemberAsync(Server, Ada, CancellationToken.None)).Select(c => c.Id));
        Assert.Empty(await Cohorts.OfMemberAsync(OtherServer, Ada, CancellationToken.None));
        Assert.True(await Cohorts.LeaveAsync(cohort, Ada, CancellationToken.None));
        Assert.False(await Cohorts.LeaveAsync(cohort, Ada, CancellationToken.None));
    }

    [Theory]
    [InlineData("32", true)]        // Manage Server
    [InlineData("8", true)]         // Administrator
    [InlineData("2147483647", true)]
    [InlineData("0", false)]
    [InlineData("2048", false)]     // Send Messages only
    [InlineData("not bits", false)]
    public async Task Gate_Permissions_DecideWithoutTheRole(string permissions, bool allowed)
    {
        var refusal = await _bot.Get<ModeratorGate>().RefusalAsync(CallerWith(permissions), CancellationToken.None);

        Assert.Equal(allowed, refusal is null);
    }

    [Fact]
    public async Task Gate_ModeratorRole_LetsAMemberWithoutPermissionsIn_AndNamesTheRoleToOthers()
    {
        await _bot.Get<GuildSettingsStore>().SetModeratorRoleAsync(Server, 777, CancellationToken.None);
        var gate = _bot.Get<ModeratorGate>();

        Assert.Null(await gate.RefusalAsync(CallerWith("0", roles: [777]), CancellationToken.None));
        Assert.Contains("<@&777>", await gate.RefusalAsync(CallerWith("0", roles: [778]), CancellationToken.None), StringComparison.Ordinal);
        Assert.NotNull(await gate.RefusalAsync(CallerWith("0", roles: [777]) with { GuildId = OtherServer }, CancellationToken.None));
    }

    [Fact]
    public async Task Gate_InDirectMessages_Refuses()
    {
        var refusal = await _bot.Get<ModeratorGate>().RefusalAsync(new Caller(Ada, "ada", null, 1, null), CancellationToken.None);

        Assert.Equal("Moderator commands work in a server, not in direct messages.", refusal);
    }

    private static Caller CallerWith(string permissions, IReadOnlyList<ulong>? roles = null) =>
        new(Ada, "ada", Server, 42, new GuildMember { User = new User { Id = Ada, Username = "ada" }, Permissions = permissions, Roles = roles ?? [] });
}
