using Roadmap.Bot.Cohorts;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Discord.Models;
using Roadmap.Discord.Rest;
using Roadmap.Testing;

namespace Roadmap.Bot.Tests.Cohorts;

/// <summary><c>/mod challenge post | close | extend</c> at the router: what the moderator reads, what the channel gets, what is stored.</summary>
public sealed class ModChallengeTests : IAsyncLifetime
{
    private ChallengeHarness _world = null!;

    public async Task InitializeAsync() => _world = await ChallengeHarness.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Post_CohortWithChannel_AnnouncesWithJoinAndSubmitAndNoMentions()
    {
        var cohort = await _world.CohortAsync();

        var reply = await _world.ModAsync("post", ("cohort", ChallengeHarness.Id(cohort)), ("title", "Build a URL shortener"), ("due", "2026-12-15 18:00"), ("milestone", "web-framework"));

        Assert.True(reply.Ephemeral);
        Assert.Contains($"<#{ChallengeHarness.Channel}>", reply.Content, StringComparison.Ordinal);
        var (channelId, message, nonce) = Assert.Single(_world.Poster.Posts);
        Assert.Equal(ChallengeHarness.Channel, channelId);
        Assert.Equal(["Join", "Submit"], BotHarness.Actions(message).Select(a => a.Label));
        Assert.Empty(message.AllowedMentions.Parse!);
        Assert.Contains("Build a URL shortener", BotHarness.Text(message), StringComparison.Ordinal);
        Assert.Contains("<t:1797357600:F>", BotHarness.Text(message), StringComparison.Ordinal);
        var challenge = Assert.Single(await _world.Store.ListAsync(ChallengeHarness.Server, null, 10, CancellationToken.None));
        Assert.Equal("challenge-" + challenge.Id, nonce);
        Assert.NotNull(challenge.MessageId);
    }

    [Fact]
    public async Task Post_CohortWithoutChannel_CreatesTheChallengeAndSaysThereIsNowhereToAnnounceIt()
    {
        var cohort = await _world.CohortAsync(channelId: null);

        var reply = await _world.ModAsync("post", ("cohort", ChallengeHarness.Id(cohort)), ("title", "Build a URL shortener"), ("due", "2026-12-15"));

        Assert.Contains("no channel", reply.Content, StringComparison.Ordinal);
        Assert.Empty(_world.Poster.Posts);
        Assert.Equal(1, await _world.ChallengeCountAsync());
    }

    [Theory]
    [InlineData(DiscordErrorCodes.MissingPermissions, "Send Messages")]
    [InlineData(DiscordErrorCodes.MissingAccess, "View Channel")]
    public async Task Post_ChannelTheBotCannotPostIn_NamesThePermissionAndCreatesNothing(int code, string permission)
    {
        var refusal = code == DiscordErrorCodes.MissingAccess ? ChannelPostOutcome.MissingAccess : ChannelPostOutcome.MissingPermissions;
        var cohort = await _world.CohortAsync();
        _world.Poster.Answer = _ => new ChannelPost(refusal, ErrorCode: code);

        var reply = await _world.ModAsync("post", ("cohort", ChallengeHarness.Id(cohort)), ("title", "Build a URL shortener"), ("due", "2026-12-15"));

        Assert.True(reply.Ephemeral);
        Assert.Contains(permission, reply.Content, StringComparison.Ordinal);
        Assert.Contains("Nothing was created", reply.Content, StringComparison.Ordinal);
        Assert.Equal(0, await _world.ChallengeCountAsync());
    }

    [Theory]
    [InlineData("2026-11-20", "already passed")]
    [InlineData("2026-11-25", "before the cohort starts")]
    [InlineData("next friday", "not a date I can read")]
    [InlineData("2026-02-30", "not a date I can read")]
    public async Task Post_BadDueDate_IsRefusedAndCreatesNothing(string due, string expected)
    {
        var cohort = await _world.CohortAsync();

        var reply = await _world.ModAsync("post", ("cohort", ChallengeHarness.Id(cohort)), ("title", "Build a URL shortener"), ("due", due));

        Assert.True(reply.Ephemeral);
        Assert.Contains(expected, reply.Content, StringComparison.Ordinal);
        Assert.Equal(0, await _world.ChallengeCountAsync());
        Assert.Empty(_world.Poster.Posts);
    }

    [Fact]
    public async Task Post_ThousandCharacterTitle_IsRefusedAndCreatesNothing()
    {
        var cohort = await _world.CohortAsync();

        var reply = await _world.ModAsync("post", ("cohort", ChallengeHarness.Id(cohort)), ("title", new string('t', 1000)), ("due", "2026-12-15"));

        Assert.True(reply.Ephemeral);
        Assert.Contains("100", reply.Content, StringComparison.Ordinal);
        Assert.Equal(0, await _world.ChallengeCountAsync());
    }

    [Fact]
    public async Task Post_UnknownArchivedOrOtherServersCohort_IsRefusedAndCreatesNothing()
    {
        var archived = await _world.CohortAsync("Autumn 2026");
        await _world.Cohorts.ArchiveAsync(ChallengeHarness.Server, archived.Id, CancellationToken.None);
        var elsewhere = await _world.CohortAsync("Elsewhere", guildId: ChallengeHarness.OtherServer);

        var unknown = await _world.ModAsync("post", ("cohort", "9999"), ("title", "T"), ("due", "2026-12-15"));
        var wasArchived = await _world.ModAsync("post", ("cohort", ChallengeHarness.Id(archived)), ("title", "T"), ("due", "2026-12-15"));
        var otherServer = await _world.ModAsync("post", ("cohort", ChallengeHarness.Id(elsewhere)), ("title", "T"), ("due", "2026-12-15"));

        Assert.Contains("I don't know a cohort", unknown.Content, StringComparison.Ordinal);
        Assert.Contains("archived", wasArchived.Content, StringComparison.Ordinal);
        Assert.Equal(unknown.Content!.Replace("9999", "", StringComparison.Ordinal), otherServer.Content!.Replace(ChallengeHarness.Id(elsewhere), "", StringComparison.Ordinal));
        Assert.All([unknown, wasArchived, otherServer], r => Assert.True(r.Ephemeral));
        Assert.Equal(0, await _world.ChallengeCountAsync());
    }

    [Fact]
    public async Task Post_ByMemberWithoutPermissionOrRole_IsRefusedAndCreatesNothing()
    {
        var cohort = await _world.CohortAsync();

        var reply = await _world.Bot.SendAsync(ChallengeInteractions.Mod("post", [("cohort", ChallengeHarness.Id(cohort)), ("title", "Sneaky"), ("due", "2026-12-15")], userId: ChallengeHarness.Ada, permissions: "0"));

        Assert.True(reply.Ephemeral);
        Assert.Contains("Only moderators", reply.Content, StringComparison.Ordinal);
        Assert.Equal(0, await _world.ChallengeCountAsync());
        Assert.Empty(_world.Poster.Posts);
    }

    [Fact]
    public async Task Close_PostsTheBoardInTheChannel_AndShowsDuplicateLinksToTheModeratorOnly()
    {
        var challenge = await _world.PostAsync(await _world.CohortAsync());
        await _world.SubmitAsync(ChallengeHarness.Ada, challenge, "https://github.com/ada/shortener");
        await _world.SubmitAsync(ChallengeHarness.Grace, challenge, "https://github.com/ada/shortener/");
        await _world.ReviewAsync(challenge, ChallengeHarness.Ada, "accepted");

        var reply = await _world.ModAsync("close", ("challenge", ChallengeHarness.Id(challenge)));

        var results = _world.Poster.Posts[^1];
        Assert.Equal(ChallengeHarness.Channel, results.ChannelId);
        Assert.Contains($"1. <@{ChallengeHarness.Ada}>", BotHarness.Text(results.Message), StringComparison.Ordinal);
        Assert.DoesNotContain("more than one member", BotHarness.Text(results.Message), StringComparison.Ordinal);
        Assert.True(reply.Ephemeral);
        Assert.Contains("more than one member", reply.Content, StringComparison.Ordinal);
        Assert.Contains($"<@{ChallengeHarness.Ada}>, <@{ChallengeHarness.Grace}>", reply.Content, StringComparison.Ordinal);
        Assert.True((await _world.Store.FindAsync(ChallengeHarness.Server, challenge.Id, CancellationToken.None))!.IsClosed);
    }

    [Fact]
    public async Task Close_Twice_SaysItIsClosedAlready()
    {
        var challenge = await _world.PostAsync(await _world.CohortAsync());
        await _world.ModAsync("close", ("challenge", ChallengeHarness.Id(challenge)));

        var again = await _world.ModAsync("close", ("challenge", ChallengeHarness.Id(challenge)));

        Assert.Contains("closed already", again.Content, StringComparison.Ordinal);
        Assert.Equal(2, _world.Poster.Posts.Count);
    }

    [Fact]
    public async Task Extend_ToALaterDate_MovesTheDueDate_AndToThePastChangesNothing()
    {
        var challenge = await _world.PostAsync(await _world.CohortAsync());

        var past = await _world.ModAsync("extend", ("challenge", ChallengeHarness.Id(challenge)), ("due", "2026-11-01"));
        var later = await _world.ModAsync("extend", ("challenge", ChallengeHarness.Id(challenge)), ("due", "2026-12-22 12:00"));

        Assert.Contains("already passed", past.Content, StringComparison.Ordinal);
        Assert.Contains("<t:1797940800:F>", later.Content, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2026, 12, 22, 12, 0, 0, TimeSpan.Zero), (await _world.Store.FindAsync(ChallengeHarness.Server, challenge.Id, CancellationToken.None))!.DueAt);
    }

    [Fact]
    public async Task Extend_EditsTheAnnouncementInTheChannel_ToShowTheNewDate()
    {
        var challenge = await _world.PostAsync(await _world.CohortAsync());
        var announced = (await _world.Store.FindAsync(ChallengeHarness.Server, challenge.Id, CancellationToken.None))!;

        var reply = await _world.ModAsync("extend", ("challenge", ChallengeHarness.Id(challenge)), ("due", "2026-12-22 12:00"));

        Assert.Contains($"announcement in <#{ChallengeHarness.Channel}> shows the new date", reply.Content, StringComparison.Ordinal);
        var (channelId, messageId, message) = Assert.Single(_world.Poster.Edits);
        Assert.Equal((ChallengeHarness.Channel, announced.MessageId), (channelId, messageId));
        Assert.Contains("<t:1797940800:F>", BotHarness.Text(message), StringComparison.Ordinal);
        Assert.DoesNotContain(ModeratorTime.Show(challenge.DueAt), BotHarness.Text(message), StringComparison.Ordinal);
        Assert.Equal(["Join", "Submit"], BotHarness.Actions(message).Select(a => a.Label));
        Assert.Empty(message.AllowedMentions.Parse!);
    }

    [Fact]
    public async Task Extend_WhenTheAnnouncementCannotBeEdited_KeepsTheNewDateAndNamesThePermission()
    {
        var challenge = await _world.PostAsync(await _world.CohortAsync());
        _world.Poster.Answer = _ => new ChannelPost(ChannelPostOutcome.MissingPermissions, ErrorCode: DiscordErrorCodes.MissingPermissions);

        var reply = await _world.ModAsync("extend", ("challenge", ChallengeHarness.Id(challenge)), ("due", "2026-12-22 12:00"));

        Assert.Contains("still shows the old one", reply.Content, StringComparison.Ordinal);
        Assert.Contains("Send Messages", reply.Content, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2026, 12, 22, 12, 0, 0, TimeSpan.Zero), (await _world.Store.FindAsync(ChallengeHarness.Server, challenge.Id, CancellationToken.None))!.DueAt);
    }

    [Fact]
    public async Task CloseExtendReview_ChallengeIdFromAnotherServer_IsUnknownAndChangesNothing()
    {
        var theirs = await _world.PostAsync(await _world.CohortAsync("Theirs", guildId: ChallengeHarness.OtherServer));
        var id = ChallengeHarness.Id(theirs);

        var close = await _world.ModAsync("close", ("challenge", id));
        var extend = await _world.ModAsync("extend", ("challenge", id), ("due", "2026-12-30"));

        Assert.Contains("I don't know a challenge", close.Content, StringComparison.Ordinal);
        Assert.Contains("I don't know a challenge", extend.Content, StringComparison.Ordinal);
        var stored = (await _world.Store.FindAsync(ChallengeHarness.OtherServer, theirs.Id, CancellationToken.None))!;
        Assert.False(stored.IsClosed);
        Assert.Equal(theirs.DueAt, stored.DueAt);
    }

    [Fact]
    public async Task Autocomplete_Challenge_SuggestsOnlyThisServersChallenges()
    {
        await _world.PostAsync(await _world.CohortAsync());
        await _world.PostAsync(await _world.CohortAsync("Theirs", guildId: ChallengeHarness.OtherServer), "Their secret challenge");
        var interaction = ChallengeInteractions.Mod("close", [("challenge", "")]) with { Type = InteractionType.ApplicationCommandAutocomplete };
        var focused = interaction.Data!.Options![0] with { Options = [interaction.Data.Options[0].Options![0] with { Options = [InteractionFactory.Option("challenge", "", focused: true)] }] };

        var outcome = await _world.Bot.Router.RouteAsync(interaction with { Data = interaction.Data with { Options = [focused] } }, CancellationToken.None);

        var choice = Assert.Single(outcome.Choices!);
        Assert.Contains("Build a URL shortener", choice.Name, StringComparison.Ordinal);
    }
}
