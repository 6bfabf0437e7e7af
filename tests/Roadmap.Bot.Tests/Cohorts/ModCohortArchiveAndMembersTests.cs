using Roadmap.Bot.Cohorts;
using Roadmap.Bot.Tests.Fakes;
using static Roadmap.Bot.Tests.Cohorts.CohortTestData;
using static Roadmap.Bot.Tests.Fakes.CohortCalls;

namespace Roadmap.Bot.Tests.Cohorts;

/// <summary>/mod cohort archive and members: the roster a moderator sees, archived and unknown cohorts, ids from another server.</summary>
public sealed class ModCohortArchiveAndMembersTests : IAsyncLifetime
{
    private const ulong Ada = 1001;
    private const ulong Grace = 1002;
    private const ulong Linus = 1003;
    private const ulong Margaret = 1004;

    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Members_SortedByMilestonesDone_TiesShareAPlace_PrivateMembersListedWithoutProgressOrZone()
    {
        var cohort = await CreateAsync(_bot);
        foreach (var (member, done) in new[] { (Ada, 2), (Grace, 1), (Linus, 2), (Margaret, 3) })
        {
            await _bot.SendAsync(Cohort(member, "join", CohortId(cohort.Id)));
            await FinishAsync(_bot, member, done);
        }

        await _bot.RunAsAsync(Ada, "profile", ("timezone", "Europe/Berlin"));
        await _bot.RunAsAsync(Margaret, "profile", ("timezone", "Asia/Tokyo"), ("visibility", "private"));

        var reply = await _bot.SendAsync(Mod("cohort", "members", CohortId(cohort.Id)));

        var total = Total(_bot);
        var embed = Assert.Single(reply.Embeds);
        Assert.Equal("Spring 2027: 4 members", embed.Title);
        Assert.Equal(
            $"""
            1. <@{Ada}> · 2 of {total} milestones done · Europe/Berlin
            1. <@{Linus}> · 2 of {total} milestones done · no time zone set
            3. <@{Grace}> · 1 of {total} milestones done · no time zone set
            · <@{Margaret}> · keeps their progress private
            """.ReplaceLineEndings("\n"),
            embed.Description);
        Assert.True(reply.Ephemeral);
        Assert.Equal(Discord.Models.AllowedMentions.None, reply.AllowedMentions);
    }

    [Fact]
    public async Task Members_NobodyYet_SaysHowMembersJoin()
    {
        var cohort = await CreateAsync(_bot);

        var reply = await _bot.SendAsync(Mod("cohort", "members", CohortId(cohort.Id)));

        Assert.Equal("Nobody has joined yet. Members join with `/cohort join`.", Assert.Single(reply.Embeds).Description);
    }

    [Fact]
    public async Task Archive_TakesItOutOfTheList_ThenArchivingAgainOrJoiningIsRefused()
    {
        var cohort = await CreateAsync(_bot);

        var archived = await _bot.SendAsync(Mod("cohort", "archive", CohortId(cohort.Id)));
        var again = await _bot.SendAsync(Mod("cohort", "archive", CohortId(cohort.Id)));
        var join = await _bot.SendAsync(Cohort(Ada, "join", CohortId(cohort.Id)));
        var list = await _bot.SendAsync(Cohort(Ada, "list"));

        Assert.StartsWith("🗄️ Archived **Spring 2027**.", archived.Content, StringComparison.Ordinal);
        Assert.Equal("**Spring 2027** is archived already; nothing changed.", again.Content);
        Assert.StartsWith("**Spring 2027** is archived", join.Content, StringComparison.Ordinal);
        Assert.True(join.Ephemeral);
        Assert.Empty(await _bot.Get<CohortStore>().OfMemberAsync(Server, Ada, CancellationToken.None));
        Assert.Equal("This server has no cohorts running. A moderator starts one with `/mod cohort create`.", list.Content);
    }

    [Fact]
    public async Task Archive_IdFromAnotherServer_IsUnknown_AndChangesNothing()
    {
        var elsewhere = await CreateAsync(_bot, guildId: OtherServer);

        var reply = await _bot.SendAsync(Mod("cohort", "archive", CohortId(elsewhere.Id)));

        Assert.StartsWith($"There is no cohort `{elsewhere.Id}` in this server.", reply.Content, StringComparison.Ordinal);
        Assert.True(reply.Ephemeral);
        Assert.False((await _bot.Get<CohortStore>().FindAsync(OtherServer, elsewhere.Id, CancellationToken.None))!.IsArchived);
    }

    [Fact]
    public async Task Members_UnknownName_IsUnknown()
    {
        var reply = await _bot.SendAsync(Mod("cohort", "members", Typed("cohort", "Winter 2031")));

        Assert.StartsWith("There is no cohort `Winter 2031` in this server.", reply.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Archive_ByNameTypedInFull_Archives()
    {
        await CreateAsync(_bot);

        await _bot.SendAsync(Mod("cohort", "archive", Typed("cohort", "spring 2027")));

        Assert.Empty(await _bot.Get<CohortStore>().ListAsync(Server, includeArchived: false, CancellationToken.None));
    }
}
