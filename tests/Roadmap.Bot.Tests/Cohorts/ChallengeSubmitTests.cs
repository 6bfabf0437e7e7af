using Roadmap.Bot.Cohorts.Challenges;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Tests.Cohorts;

/// <summary>Members submit (typed, or through the announcement's Submit form), join, and read the list; every bad input changes nothing.</summary>
public sealed class ChallengeSubmitTests : IAsyncLifetime
{
    private ChallengeHarness _world = null!;
    private Challenge _challenge = null!;

    public async Task InitializeAsync()
    {
        _world = await ChallengeHarness.StartAsync();
        _challenge = await _world.PostAsync(await _world.CohortAsync());
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Submit_GoodLink_IsStoredAndConfirmedPrivately()
    {
        var reply = await _world.SubmitAsync(ChallengeHarness.Ada, _challenge, "https://github.com/ada/shortener", "Used Redis for the counters");

        Assert.True(reply.Ephemeral);
        Assert.Contains("Submitted <https://github.com/ada/shortener>", reply.Content, StringComparison.Ordinal);
        var current = await _world.Store.CurrentAsync(_challenge, ChallengeHarness.Ada, CancellationToken.None);
        Assert.Equal("Used Redis for the counters", current?.Note);
        Assert.False(current!.Late);
    }

    [Fact]
    public async Task Submit_ChallengeTypedByItsTitle_IsFound_AndATitleTwoChallengesShareIsAskedByNumber()
    {
        var typed = await _world.MemberAsync(ChallengeHarness.Ada, "submit", ("challenge", "build a url SHORTENER"), ("link", "https://github.com/ada/shortener"));
        var other = await _world.PostAsync(await _world.CohortAsync("Spring 2027"));
        var ambiguous = await _world.MemberAsync(ChallengeHarness.Ada, "submit", ("challenge", "Build a URL shortener"), ("link", "https://github.com/ada/again"));

        Assert.Contains("Submitted <https://github.com/ada/shortener>", typed.Content, StringComparison.Ordinal);
        Assert.Contains("2 challenges in this server are called `Build a URL shortener`", ambiguous.Content, StringComparison.Ordinal);
        Assert.Contains($"`#{other.Id}`", ambiguous.Content, StringComparison.Ordinal);
        Assert.Equal(1, await _world.SubmissionRowsAsync(ChallengeHarness.Ada));
    }

    [Fact]
    public async Task Submit_Again_ReplacesTheCurrentOne_AndKeepsTheHistory()
    {
        await _world.SubmitAsync(ChallengeHarness.Ada, _challenge, "https://github.com/ada/first");

        var again = await _world.SubmitAsync(ChallengeHarness.Ada, _challenge, "https://github.com/ada/second");

        Assert.Contains("replaces your earlier submission", again.Content, StringComparison.Ordinal);
        Assert.Equal("https://github.com/ada/second", (await _world.Store.CurrentAsync(_challenge, ChallengeHarness.Ada, CancellationToken.None))?.Link);
        Assert.Equal(2, await _world.SubmissionRowsAsync(ChallengeHarness.Ada));
    }

    [Fact]
    public async Task Submit_AfterTheDueDate_IsAcceptedMarkedLate_AndDoesNotRank()
    {
        _world.Bot.Clock.SetUtcNow(_challenge.DueAt.AddMinutes(1));

        var reply = await _world.SubmitAsync(ChallengeHarness.Ada, _challenge, "https://github.com/ada/shortener");
        await _world.ReviewAsync(_challenge, ChallengeHarness.Ada, "accepted");
        var board = await _world.MemberAsync(ChallengeHarness.Grace, "board", ("challenge", ChallengeHarness.Id(_challenge)));

        Assert.Contains("marked late", reply.Content, StringComparison.Ordinal);
        Assert.True((await _world.Store.CurrentAsync(_challenge, ChallengeHarness.Ada, CancellationToken.None))!.Late);
        Assert.DoesNotContain($"<@{ChallengeHarness.Ada}>", BotHarness.Text(board), StringComparison.Ordinal);
        Assert.Contains("1 late", BotHarness.Text(board), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)", "https://")]
    [InlineData("https://127.0.0.1/", "private or local")]
    [InlineData("https://10.0.0.5/", "private or local")]
    [InlineData("https://[::1]/", "private or local")]
    [InlineData("https://localhost/app", "localhost")]
    [InlineData("data:text/html,hi", "https://")]
    [InlineData("file:///etc/passwd", "https://")]
    public async Task Submit_BadLink_IsRefusedAndStoresNothing(string link, string expected)
    {
        var reply = await _world.SubmitAsync(ChallengeHarness.Ada, _challenge, link);

        Assert.True(reply.Ephemeral);
        Assert.Contains(expected, reply.Content, StringComparison.Ordinal);
        Assert.Equal(0, await _world.SubmissionRowsAsync(ChallengeHarness.Ada));
    }

    [Fact]
    public async Task Submit_LinkOf600Characters_IsRefusedAndStoresNothing()
    {
        var link = "https://github.com/" + new string('a', 600 - 19);

        var reply = await _world.SubmitAsync(ChallengeHarness.Ada, _challenge, link);

        Assert.True(reply.Ephemeral);
        Assert.Contains("512", reply.Content, StringComparison.Ordinal);
        Assert.Equal(0, await _world.SubmissionRowsAsync(ChallengeHarness.Ada));
    }

    [Fact]
    public async Task SubmitForm_LongLinkOrNote_IsRefusedAndStoresNothing()
    {
        // The form is the path without Discord's option limits in front of it: the rules hold here too.
        var longLink = await _world.Bot.SendAsync(ChallengeInteractions.SubmitForm(ChallengeHarness.Ada, ChallengeButtons.Form(_challenge.Id), ("link", "https://github.com/" + new string('a', 581))));
        var longNote = await _world.Bot.SendAsync(ChallengeInteractions.SubmitForm(ChallengeHarness.Ada, ChallengeButtons.Form(_challenge.Id), ("link", "https://github.com/ada/x"), ("note", new string('n', 501))));

        Assert.Contains("512", longLink.Content, StringComparison.Ordinal);
        Assert.Contains("500", longNote.Content, StringComparison.Ordinal);
        Assert.Equal(0, await _world.SubmissionRowsAsync(ChallengeHarness.Ada));
    }

    [Fact]
    public async Task Submit_ToAClosedChallengeOfAnArchivedCohort_IsRefused()
    {
        await _world.ModAsync("close", ("challenge", ChallengeHarness.Id(_challenge)));
        await _world.Cohorts.ArchiveAsync(ChallengeHarness.Server, _challenge.CohortId, CancellationToken.None);

        var reply = await _world.SubmitAsync(ChallengeHarness.Ada, _challenge, "https://github.com/ada/shortener");

        Assert.True(reply.Ephemeral);
        Assert.Contains("archived", reply.Content, StringComparison.Ordinal);
        Assert.Equal(0, await _world.SubmissionRowsAsync(ChallengeHarness.Ada));
    }

    [Fact]
    public async Task Submit_ToAClosedChallenge_IsRefused()
    {
        await _world.ModAsync("close", ("challenge", ChallengeHarness.Id(_challenge)));

        var reply = await _world.SubmitAsync(ChallengeHarness.Ada, _challenge, "https://github.com/ada/shortener");

        Assert.Contains("is closed", reply.Content, StringComparison.Ordinal);
        Assert.Equal(0, await _world.SubmissionRowsAsync(ChallengeHarness.Ada));
    }

    [Fact]
    public async Task Submit_ChallengeIdFromAnotherServer_IsUnknownAndStoresNothing()
    {
        var theirs = await _world.PostAsync(await _world.CohortAsync("Theirs", guildId: ChallengeHarness.OtherServer));

        var reply = await _world.SubmitAsync(ChallengeHarness.Ada, theirs, "https://github.com/ada/shortener");

        Assert.Contains("I don't know a challenge", reply.Content, StringComparison.Ordinal);
        Assert.Equal(0, await _world.SubmissionRowsAsync(ChallengeHarness.Ada));
    }

    [Fact]
    public async Task SubmitButton_OpensAFormWithLinkAndNote_AndTheSubmittedFormIsStored()
    {
        var form = await _world.Bot.SendAsync(ChallengeInteractions.Click(ChallengeHarness.Ada, ChallengeButtons.Submit(_challenge.Id)));

        var modal = Assert.IsType<Modal>(form.Modal);
        var inputs = modal.Components.SelectMany(r => r.Components).OfType<TextInput>().ToList();
        Assert.Equal(["link", "note"], inputs.Select(i => i.CustomId));
        Assert.Equal(InteractionCallbackType.Modal, form.ToResponse().Type);

        var submitted = await _world.Bot.SendAsync(ChallengeInteractions.SubmitForm(ChallengeHarness.Ada, modal.CustomId, ("link", "https://github.com/ada/shortener"), ("note", "")));

        Assert.True(submitted.Ephemeral);
        Assert.Contains("Submitted", submitted.Content, StringComparison.Ordinal);
        Assert.Null((await _world.Store.CurrentAsync(_challenge, ChallengeHarness.Ada, CancellationToken.None))?.Note);
        Assert.Equal("https://github.com/ada/shortener", (await _world.Store.CurrentAsync(_challenge, ChallengeHarness.Ada, CancellationToken.None))?.Link);
    }

    [Fact]
    public async Task ButtonsAndForm_ForgedWithAnotherServersChallengeId_AreUnknownAndChangeNothing()
    {
        var theirs = await _world.PostAsync(await _world.CohortAsync("Theirs", guildId: ChallengeHarness.OtherServer));

        var join = await _world.Bot.SendAsync(ChallengeInteractions.Click(ChallengeHarness.Ada, ChallengeButtons.Join(theirs.Id)));
        var submit = await _world.Bot.SendAsync(ChallengeInteractions.Click(ChallengeHarness.Ada, ChallengeButtons.Submit(theirs.Id)));
        var form = await _world.Bot.SendAsync(ChallengeInteractions.SubmitForm(ChallengeHarness.Ada, ChallengeButtons.Form(theirs.Id), ("link", "https://github.com/ada/x")));

        Assert.All([join, submit, form], r => Assert.Contains("I don't know a challenge", r.Content, StringComparison.Ordinal));
        Assert.Null(submit.Modal);
        Assert.Equal(0, await _world.SubmissionRowsAsync(ChallengeHarness.Ada));
        var export = await _world.Bot.Get<Roadmap.Bot.Privacy.PrivacyStore>().ExportAsync(ChallengeHarness.Ada, CancellationToken.None);
        Assert.Empty(export.ChallengeMembers);
    }

    [Fact]
    public async Task JoinButton_JoinsOnce_AndSaysSoTheSecondTime()
    {
        var first = await _world.Bot.SendAsync(ChallengeInteractions.Click(ChallengeHarness.Ada, ChallengeButtons.Join(_challenge.Id)));
        var second = await _world.Bot.SendAsync(ChallengeInteractions.Click(ChallengeHarness.Ada, ChallengeButtons.Join(_challenge.Id)));

        Assert.Contains("You joined", first.Content, StringComparison.Ordinal);
        Assert.Contains("already", second.Content, StringComparison.Ordinal);
        Assert.True(first.Ephemeral);
        var export = await _world.Bot.Get<Roadmap.Bot.Privacy.PrivacyStore>().ExportAsync(ChallengeHarness.Ada, CancellationToken.None);
        Assert.Equal(_challenge.Id, Assert.Single(export.ChallengeMembers).ChallengeId);
    }

    [Fact]
    public async Task List_ShowsThisServersChallenges_OpenOnesWithTheirDueDate()
    {
        await _world.PostAsync(await _world.CohortAsync("Theirs", guildId: ChallengeHarness.OtherServer), "Their secret challenge");

        var reply = await _world.MemberAsync(ChallengeHarness.Ada, "list");

        var text = BotHarness.Text(reply);
        Assert.Contains("Build a URL shortener", text, StringComparison.Ordinal);
        Assert.Contains("<t:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", text, StringComparison.Ordinal);
    }
}
