using Roadmap.Bot.Cohorts;
using Roadmap.Bot.Nudges;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Discord.Models;
using Roadmap.Testing;
using static Roadmap.Bot.Tests.Cohorts.CohortTestData;
using static Roadmap.Bot.Tests.Fakes.CohortCalls;

namespace Roadmap.Bot.Tests.Cohorts;

/// <summary>/cohort list, join, leave and status through the router, and every bad input changing nothing.</summary>
public sealed class CohortCommandTests : IAsyncLifetime
{
    private const ulong Ada = 1001;
    private const ulong Grace = 1002;
    private const ulong Linus = 1003;

    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private Task<IReadOnlyList<Cohort>> MineAsync(ulong memberId) => _bot.Get<CohortStore>().OfMemberAsync(Server, memberId, CancellationToken.None);

    [Fact]
    public async Task List_ShowsThisServersRunningCohorts_WithDatesAndWhetherYoureIn()
    {
        var spring = await CreateAsync(_bot);
        await CreateAsync(_bot, "Autumn 2027");
        await CreateAsync(_bot, "Elsewhere", OtherServer);
        await _bot.SendAsync(Cohort(Ada, "join", CohortId(spring.Id)));

        var reply = await _bot.SendAsync(Cohort(Ada, "list"));

        var description = Assert.Single(reply.Embeds).Description!;
        var starts = spring.StartsAt.ToUnixTimeSeconds();
        Assert.Contains($"**Spring 2027** · from <t:{starts}:D> · ✅ you're in", description, StringComparison.Ordinal);
        Assert.Contains($"**Autumn 2027** · from <t:{starts}:D>\n", description + "\n", StringComparison.Ordinal);
        Assert.DoesNotContain("Elsewhere", description, StringComparison.Ordinal);
        Assert.True(reply.Ephemeral);
    }

    [Fact]
    public async Task Join_FirstTime_WelcomesAndOffersTheWeeklyNudgeOnce_WithoutTurningItOn()
    {
        var spring = await CreateAsync(_bot);
        var autumn = await CreateAsync(_bot, "Autumn 2027");

        var first = await _bot.SendAsync(Cohort(Ada, "join", CohortId(spring.Id)));
        var second = await _bot.SendAsync(Cohort(Ada, "join", CohortId(autumn.Id)));

        Assert.StartsWith("🎉 You joined **Spring 2027**.", first.Content, StringComparison.Ordinal);
        Assert.Contains(NudgeOptIn.Line, first.Content, StringComparison.Ordinal);
        Assert.Equal([NudgeOptIn.ButtonLabel], BotHarness.Actions(first).Select(a => a.Label));
        Assert.DoesNotContain(NudgeOptIn.Line, second.Content, StringComparison.Ordinal);
        Assert.Empty(second.Components);
        var nudges = await _bot.Get<NudgeStore>().StatusAsync(Ada, CancellationToken.None);
        Assert.Equal(NudgeState.Off, nudges.Settings?.State);
        Assert.NotNull(nudges.Settings?.OfferedAt);
        Assert.Equal([spring.Id, autumn.Id], (await MineAsync(Ada)).Select(c => c.Id).Order());
    }

    [Fact]
    public async Task Join_AfterTheOfferCameWithProgress_DoesNotOfferAgain()
    {
        var spring = await CreateAsync(_bot);
        await FinishAsync(_bot, Ada, 1);

        var joined = await _bot.SendAsync(Cohort(Ada, "join", CohortId(spring.Id)));

        Assert.DoesNotContain(NudgeOptIn.Line, joined.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Join_Twice_SaysYoureIn_AndChangesNothing()
    {
        var spring = await CreateAsync(_bot);
        await _bot.SendAsync(Cohort(Ada, "join", CohortId(spring.Id)));

        var again = await _bot.SendAsync(Cohort(Ada, "join", CohortId(spring.Id)));

        Assert.Equal("You're already in **Spring 2027**. `/cohort status` shows where you stand.", again.Content);
        Assert.True(again.Ephemeral);
        Assert.Single(await MineAsync(Ada));
    }

    [Fact]
    public async Task Join_IdFromAnotherServer_IsUnknown_AndJoinsNothing()
    {
        var elsewhere = await CreateAsync(_bot, "Elsewhere", OtherServer);

        var reply = await _bot.SendAsync(Cohort(Ada, "join", CohortId(elsewhere.Id)));

        Assert.StartsWith($"There is no cohort `{elsewhere.Id}` in this server.", reply.Content, StringComparison.Ordinal);
        Assert.Empty(await _bot.Get<CohortStore>().OfMemberAsync(OtherServer, Ada, CancellationToken.None));
    }

    [Fact]
    public async Task Leave_ACohortYoureNotIn_SaysSo_ThenLeavingOneYoureInWorks()
    {
        var spring = await CreateAsync(_bot);

        var notIn = await _bot.SendAsync(Cohort(Ada, "leave", CohortId(spring.Id)));
        await _bot.SendAsync(Cohort(Ada, "join", CohortId(spring.Id)));
        var left = await _bot.SendAsync(Cohort(Ada, "leave", CohortId(spring.Id)));

        Assert.StartsWith("You're not in **Spring 2027**, so there is nothing to leave.", notIn.Content, StringComparison.Ordinal);
        Assert.True(notIn.Ephemeral);
        Assert.StartsWith("👋 You left **Spring 2027**.", left.Content, StringComparison.Ordinal);
        Assert.Empty(await MineAsync(Ada));
    }

    [Fact]
    public async Task Status_PlaceAmongThoseWhoShare_TiesShareIt_PrivateMembersNotCounted()
    {
        var spring = await CreateAsync(_bot);
        foreach (var (member, done) in new[] { (Ada, 1), (Grace, 3), (Linus, 3) })
        {
            await _bot.SendAsync(Cohort(member, "join", CohortId(spring.Id)));
            await FinishAsync(_bot, member, done);
        }

        await _bot.RunAsAsync(Grace, "profile", ("visibility", "private"));

        var ada = Assert.Single((await _bot.SendAsync(Cohort(Ada, "status"))).Embeds).Description!;
        var grace = Assert.Single((await _bot.SendAsync(Cohort(Grace, "status", CohortId(spring.Id)))).Embeds).Description!;

        var total = Total(_bot);
        Assert.StartsWith($"Starts <t:{spring.StartsAt.ToUnixTimeSeconds()}:F>", ada, StringComparison.Ordinal);
        Assert.Contains($"You: 1 of {total} milestones done, **2nd** of 2 members on the board (members who share their progress, by milestones done + accepted submissions).", ada, StringComparison.Ordinal);
        Assert.Contains($"You: 3 of {total} milestones done. You keep your progress private, so you have no place among the 2 who share theirs", grace, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_FollowsProgressMadeBeforeJoining_AndAfter_AndAnUndo()
    {
        var spring = await CreateAsync(_bot);
        var milestones = _bot.Get<Roadmap.Bot.Content.RoadmapContent>().Milestones;
        await FinishAsync(_bot, Ada, 2);
        await _bot.SendAsync(Cohort(Ada, "join", CohortId(spring.Id)));
        var joined = Assert.Single((await _bot.SendAsync(Cohort(Ada, "status"))).Embeds).Description!;

        await _bot.RunAsAsync(Ada, "done", ("milestone", milestones[2].Id));
        var more = Assert.Single((await _bot.SendAsync(Cohort(Ada, "status"))).Embeds).Description!;
        await _bot.RunAsAsync(Ada, "undo", ("milestone", milestones[2].Id));
        await _bot.RunAsAsync(Ada, "undo", ("milestone", milestones[1].Id));
        var undone = Assert.Single((await _bot.SendAsync(Cohort(Ada, "status"))).Embeds).Description!;

        var total = Total(_bot);
        Assert.Contains($"You: 2 of {total} milestones done", joined, StringComparison.Ordinal);
        Assert.Contains($"You: 3 of {total} milestones done", more, StringComparison.Ordinal);
        Assert.Contains($"You: 1 of {total} milestones done", undone, StringComparison.Ordinal);
        var roster = await _bot.Get<CohortRosterStore>().MembersAsync(spring, CancellationToken.None);
        Assert.Equal(1, Assert.Single(roster).Done);
    }

    [Fact]
    public async Task Status_Tied_SaysTied()
    {
        var spring = await CreateAsync(_bot);
        await _bot.SendAsync(Cohort(Ada, "join", CohortId(spring.Id)));
        await _bot.SendAsync(Cohort(Grace, "join", CohortId(spring.Id)));
        await FinishAsync(_bot, Ada, 1);
        await FinishAsync(_bot, Grace, 1);

        var ada = Assert.Single((await _bot.SendAsync(Cohort(Ada, "status"))).Embeds).Description!;

        Assert.Contains("**1st** (tied) of 2 members on the board", ada, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_NothingDoneYet_NoPlace_ZerosAreNotOnTheBoard()
    {
        var spring = await CreateAsync(_bot);
        await _bot.SendAsync(Cohort(Ada, "join", CohortId(spring.Id)));
        await _bot.SendAsync(Cohort(Grace, "join", CohortId(spring.Id)));
        await _bot.SendAsync(Cohort(Linus, "join", CohortId(spring.Id)));
        await FinishAsync(_bot, Grace, 2);

        var ada = Assert.Single((await _bot.SendAsync(Cohort(Ada, "status"))).Embeds).Description!;
        var grace = Assert.Single((await _bot.SendAsync(Cohort(Grace, "status"))).Embeds).Description!;

        Assert.Contains($"You: 0 of {Total(_bot)} milestones done. Finish a milestone (or have a challenge submission accepted) to get a place on the board, where 1 member is.", ada, StringComparison.Ordinal);
        Assert.DoesNotContain("**", ada[..ada.IndexOf("\n\n**Challenges", StringComparison.Ordinal)], StringComparison.Ordinal); // no place in bold
        Assert.Contains("**1st** of 1 member on the board", grace, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_InNoCohort_SaysHowToJoin()
    {
        var reply = await _bot.SendAsync(Cohort(Ada, "status"));

        Assert.Equal("You're not in a cohort in this server. `/cohort list` shows the ones running, and `/cohort join` gets you in.", reply.Content);
        Assert.True(reply.Ephemeral);
    }

    [Fact]
    public async Task Status_ArchivedCohort_SaysItIsArchived()
    {
        var spring = await CreateAsync(_bot);
        await _bot.SendAsync(Mod("cohort", "archive", CohortId(spring.Id)));

        var reply = await _bot.SendAsync(Cohort(Ada, "status", CohortId(spring.Id)));

        Assert.StartsWith("**Spring 2027** is archived", reply.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cohort_InADirectMessage_SaysItBelongsToAServer_AndJoinsNothing()
    {
        var spring = await CreateAsync(_bot);

        var reply = await _bot.SendAsync(InteractionFactory.DirectCommand(Ada, "cohort", InteractionFactory.Sub("join", CohortId(spring.Id))));

        Assert.Equal(CohortCommand.InServersOnly, reply.Content);
        Assert.Empty(await MineAsync(Ada));
    }

    [Fact]
    public async Task Autocomplete_OffersThisServersCohorts_NameShownIdSent()
    {
        var spring = await CreateAsync(_bot);
        await CreateAsync(_bot, "Elsewhere", OtherServer);

        var outcome = await _bot.Router.RouteAsync(
            Cohort(Ada, "join", Typed("cohort", "spr", focused: true)) with { Type = InteractionType.ApplicationCommandAutocomplete },
            CancellationToken.None);

        var choice = Assert.Single(outcome.Choices!);
        Assert.Equal(("Spring 2027", spring.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), (choice.Name, choice.Value.GetString()));
    }

    [Fact]
    public async Task ModAutocomplete_ForAMemberWithoutPermission_OffersNothing_ForAModeratorTheCohorts()
    {
        await CreateAsync(_bot);
        var asked = Mod("cohort", "members", [Typed("cohort", "", focused: true)], userId: Ada, permissions: NoPermissions) with { Type = InteractionType.ApplicationCommandAutocomplete };

        var refused = await _bot.Router.RouteAsync(asked, CancellationToken.None);
        var allowed = await _bot.Router.RouteAsync(asked with { Member = asked.Member! with { Permissions = ManageServer } }, CancellationToken.None);

        Assert.Empty(refused.Choices!);
        Assert.Equal(["Spring 2027"], allowed.Choices!.Select(c => c.Name));
    }
}
