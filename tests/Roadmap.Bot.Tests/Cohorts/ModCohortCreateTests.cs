using Roadmap.Bot.Cohorts;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;
using Roadmap.Testing;
using static Roadmap.Bot.Tests.Fakes.CohortCalls;

namespace Roadmap.Bot.Tests.Cohorts;

/// <summary>/mod cohort create through the router: what a moderator reads, what is stored, and every bad input changing nothing.</summary>
public sealed class ModCohortCreateTests : IAsyncLifetime
{
    private const ulong Server = InteractionFactory.GuildId;
    private const ulong Home = 4242;

    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.StartAsync();
        await _bot.RunAsync("profile", ("timezone", "Europe/Berlin"));
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private Task<Reply> CreateAsync(params InteractionDataOption[] options) => _bot.SendAsync(Mod("cohort", "create", options));

    private Task<IReadOnlyList<Cohort>> StoredAsync() => _bot.Get<CohortStore>().ListAsync(Server, includeArchived: true, CancellationToken.None);

    [Fact]
    public async Task Create_DatesOnTheModeratorsClock_AreStoredInUtcAndShownAsDiscordTimestamps()
    {
        var reply = await CreateAsync(Typed("name", "Spring 2027"), Typed("starts", "2027-03-01 18:00"), Typed("ends", "2027-06-30"), Typed("description", "Backend basics, together"));

        var cohort = Assert.Single(await StoredAsync());
        var starts = new DateTimeOffset(2027, 3, 1, 17, 0, 0, TimeSpan.Zero);     // 18:00 in Berlin (UTC+1 in March)
        var ends = new DateTimeOffset(2027, 6, 30, 21, 59, 0, TimeSpan.Zero);     // the end of that day in Berlin (UTC+2 in June)
        Assert.Equal(("Spring 2027", starts, ends, "Backend basics, together"), (cohort.Name, cohort.StartsAt, cohort.EndsAt, cohort.Description));
        Assert.True(reply.Ephemeral);
        Assert.Contains($"<t:{starts.ToUnixTimeSeconds()}:F> (<t:{starts.ToUnixTimeSeconds()}:R>)", reply.Content, StringComparison.Ordinal);
        Assert.Contains($"<t:{ends.ToUnixTimeSeconds()}:F>", reply.Content, StringComparison.Ordinal);
        Assert.StartsWith("✅ Created the cohort **Spring 2027**.", reply.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithoutATimeZone_AsksForOne_AndCreatesNothing()
    {
        var reply = await _bot.SendAsync(Mod("cohort", "create", [Typed("name", "Spring 2027"), Typed("starts", "2027-03-01")], userId: InteractionFactory.OtherMemberId));

        Assert.Equal(CohortCreation.AskForTimeZone, reply.Content);
        Assert.True(reply.Ephemeral);
        Assert.Empty(await StoredAsync());
    }

    [Theory]
    [InlineData("next monday")]
    [InlineData("2027-02-30")]
    [InlineData("2027-03-01 25:00")]
    [InlineData("01/03/2027")]
    public async Task Create_UnreadableStart_SaysHowToWriteIt_AndCreatesNothing(string typed)
    {
        var reply = await CreateAsync(Typed("name", "Spring 2027"), Typed("starts", typed));

        Assert.Contains("is not a date I can read. Write it as `2027-03-01` or `2027-03-01 18:00`", reply.Content, StringComparison.Ordinal);
        Assert.True(reply.Ephemeral);
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task Create_UnreadableEnd_CreatesNothing()
    {
        var reply = await CreateAsync(Typed("name", "Spring 2027"), Typed("starts", "2027-03-01"), Typed("ends", "June"));

        Assert.Contains("`ends:June` is not a date I can read", reply.Content, StringComparison.Ordinal);
        Assert.Empty(await StoredAsync());
    }

    [Theory]
    [InlineData("2027-02-01")]
    [InlineData("2027-03-01 09:00")]
    public async Task Create_EndsBeforeItStarts_SaysSo_AndCreatesNothing(string ends)
    {
        var reply = await CreateAsync(Typed("name", "Spring 2027"), Typed("starts", "2027-03-01 18:00"), Typed("ends", ends));

        Assert.StartsWith("The cohort would end (", reply.Content, StringComparison.Ordinal);
        Assert.Contains("before it starts", reply.Content, StringComparison.Ordinal);
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task Create_NameTakenInThisServerWhateverTheCase_IsRefused_AndNothingIsPosted()
    {
        await CreateAsync(Typed("name", "Spring 2027"), Typed("starts", "2027-03-01"));

        var reply = await CreateAsync(Typed("name", "SPRING  2027"), Typed("starts", "2027-04-01"), Channel("channel", Home));

        Assert.Equal("This server already has a cohort called **SPRING 2027**. Pick another name, or archive the old one first with `/mod cohort archive`. Nothing was created.", reply.Content);
        Assert.Single(await StoredAsync());
        Assert.Empty(_bot.Get<FakeChannelPoster>().Posts);
    }

    [Theory]
    [InlineData("name")]
    [InlineData("description")]
    public async Task Create_ThousandCharacters_IsRefusedByTheOptionLimit_AndCreatesNothing(string option)
    {
        var options = new List<InteractionDataOption> { Typed("starts", "2027-03-01"), Typed(option, new string('x', 1000)) };
        if (option != "name")
        {
            options.Add(Typed("name", "Spring 2027"));
        }

        var reply = await CreateAsync([.. options]);

        Assert.Contains("can be at most", reply.Content, StringComparison.Ordinal);
        Assert.Contains("yours has 1000", reply.Content, StringComparison.Ordinal);
        Assert.True(reply.Ephemeral);
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task Definition_NameAndDescription_CarryDiscordsMaxLength()
    {
        var create = _bot.Router.Definitions.Single(d => d.Name == "mod").Options!
            .Single(o => o.Name == "cohort").Options!.Single(o => o.Name == "create").Options!;

        Assert.Equal(CohortLimits.Name, create.Single(o => o.Name == "name").MaxLength);
        Assert.Equal(CohortLimits.Description, create.Single(o => o.Name == "description").MaxLength);
        Assert.Equal(ApplicationCommandOptionType.Channel, create.Single(o => o.Name == "channel").Type);
        Assert.Equal([0, 5], create.Single(o => o.Name == "channel").ChannelTypes!);
    }

    [Fact]
    public async Task Create_WithAChannel_PostsItsHomeMessageThere_AndKeepsTheChannelAndRole()
    {
        var reply = await CreateAsync(Typed("name", "Spring 2027"), Typed("starts", "2027-03-01"), Channel("channel", Home), Role("role", 77));

        var post = Assert.Single(_bot.Get<FakeChannelPoster>().Posts);
        Assert.Equal(Home, post.ChannelId);
        Assert.Equal("📚 This channel is now the home of the cohort **Spring 2027**: its challenges, weekly digests and results will be posted here.", post.Message.Content);
        var cohort = Assert.Single(await StoredAsync());
        Assert.Equal((Home, 77ul), (cohort.ChannelId, cohort.RoleId));
        Assert.Contains($"Home channel: <#{Home}>", reply.Content, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(50001, "**View Channel**")]
    [InlineData(50013, "**Send Messages** and **Embed Links**")]
    public async Task Create_ChannelTheBotCannotPostIn_NamesThePermission_AndCreatesNothing(int code, string permission)
    {
        var refusal = code == 50001 ? ChannelPostOutcome.MissingAccess : ChannelPostOutcome.MissingPermissions;
        _bot.Get<FakeChannelPoster>().Answer = _ => new ChannelPost(refusal, ErrorCode: code);

        var reply = await CreateAsync(Typed("name", "Spring 2027"), Typed("starts", "2027-03-01"), Channel("channel", Home));

        Assert.Contains(permission, reply.Content, StringComparison.Ordinal);
        Assert.Contains($"<#{Home}>", reply.Content, StringComparison.Ordinal);
        Assert.EndsWith("Nothing was created.", reply.Content, StringComparison.Ordinal);
        Assert.True(reply.Ephemeral);
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task Mod_FromAMemberWithoutManageServerOrTheRole_IsRefused_AndCreatesNothing()
    {
        var reply = await _bot.SendAsync(Mod("cohort", "create", [Typed("name", "Spring 2027"), Typed("starts", "2027-03-01"), Channel("channel", Home)], permissions: NoPermissions));

        Assert.StartsWith("Only moderators can do this", reply.Content, StringComparison.Ordinal);
        Assert.True(reply.Ephemeral);
        Assert.Empty(await StoredAsync());
        Assert.Empty(_bot.Get<FakeChannelPoster>().Posts);
    }

    [Fact]
    public async Task Mod_FromAMemberWithTheModeratorRole_Creates()
    {
        await _bot.Get<GuildSettingsStore>().SetModeratorRoleAsync(Server, 900, CancellationToken.None);

        await _bot.SendAsync(Mod("cohort", "create", [Typed("name", "Spring 2027"), Typed("starts", "2027-03-01")], permissions: NoPermissions, roles: [900]));

        Assert.Single(await StoredAsync());
    }
}
