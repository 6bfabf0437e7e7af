using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Bot.Cohorts;
using Roadmap.Bot.Cohorts.Challenges;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Testing.OpenApi;
using Roadmap.Testing.Rest;

namespace Roadmap.Bot.Tests.Cohorts;

/// <summary>
/// Challenges with the real host against the fake Discord: the announcement as the channel receives
/// it, a channel the bot may not post in, the Submit form and its submission, the review's DM. Every
/// body the bot sends here is checked against Discord's OpenAPI spec.
/// </summary>
public sealed class ChallengeDiscordTests : IAsyncLifetime
{
    private const ulong Channel = 4_242;
    private const ulong Ada = 601;

    private DiscordBotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await DiscordBotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Post_AnnouncementReachesTheChannel_WithJoinAndSubmit_NoMentions_AndItsNonce()
    {
        var cohort = await CohortAsync();

        var answer = await PostAsync(cohort);

        Assert.Contains($"<#{Channel}>", answer, StringComparison.Ordinal);
        var message = Assert.Single(_bot.Discord.Rest.Messages.In(Channel));
        var buttons = message["components"]![0]!["components"]!.AsArray();
        Assert.Equal(["Join", "Submit"], buttons.Select(b => b!["label"]!.GetValue<string>()));
        var request = Assert.Single(_bot.Discord.Rest.Requests.ForRoute(FakeRoutes.CreateMessage));
        var body = JsonNode.Parse(request.Body)!;
        Assert.Empty(body["allowed_mentions"]!["parse"]!.AsArray());
        Assert.StartsWith("challenge-", body["nonce"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(body["enforce_nonce"]!.GetValue<bool>());
        Assert.Empty(OpenApiValidator.Discord.Validate(request.Body, "MessageCreateRequest"));
    }

    [Fact]
    public async Task Extend_EditsTheAnnouncementOnDiscord_WithTheNewDueDate()
    {
        var cohort = await CohortAsync();
        Assert.StartsWith("Posted", await _bot.AnswerAsync(ChallengeInteractions.Mod("post",
            [("cohort", Id(cohort.Id)), ("title", "Build a URL shortener"), ("due", DateTimeOffset.UtcNow.AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))])), StringComparison.Ordinal);
        var challenge = Assert.Single(await Store.ListAsync(InteractionFactoryGuild, null, 10, CancellationToken.None));
        var newDue = DateTimeOffset.UtcNow.AddDays(21).Date;

        var answer = await _bot.AnswerAsync(ChallengeInteractions.Mod("extend",
            [("challenge", Id(challenge.Id)), ("due", newDue.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))]));

        Assert.Contains($"The announcement in <#{Channel}> shows the new date.", answer, StringComparison.Ordinal);
        var edit = Assert.Single(_bot.Discord.Rest.Requests.ForRoute(FakeRoutes.EditMessage));
        Assert.EndsWith($"/channels/{Channel}/messages/{challenge.MessageId}", edit.Path, StringComparison.Ordinal);
        // A date alone is due at 23:59 in the moderator's zone, UTC here (the moderator has no /profile zone).
        var unix = new DateTimeOffset(newDue.AddHours(23).AddMinutes(59), TimeSpan.Zero).ToUnixTimeSeconds();
        var body = JsonNode.Parse(edit.Body)!;
        var due = Assert.Single(body["embeds"]![0]!["fields"]!.AsArray(), f => f!["name"]!.GetValue<string>() == "Due")!;
        Assert.Equal($"<t:{unix}:F> (<t:{unix}:R>)", due["value"]!.GetValue<string>());
        Assert.Equal(["Join", "Submit"], body["components"]![0]!["components"]!.AsArray().Select(b => b!["label"]!.GetValue<string>()));
        Assert.Empty(body["allowed_mentions"]!["parse"]!.AsArray());
        Assert.Empty(OpenApiValidator.Discord.Validate(edit.Body, "MessageEditRequestPartial"));
    }

    [Fact]
    public async Task Post_ChannelAnswers50013_TheModeratorReadsThePermissionToGive_AndNothingIsCreated()
    {
        var cohort = await CohortAsync();
        _bot.Discord.Rest.Faults.InjectErrorBody(403, """{"code":50013,"message":"Missing Permissions"}""", FakeRoutes.CreateMessage);

        var prepared = DiscordBotHarness.Prepare(PostCommand(cohort));
        var answer = await _bot.InteractAsync(prepared);

        var content = await _bot.AnswerTextAsync(answer, prepared.Token!);
        Assert.Contains("Missing Permissions", content, StringComparison.Ordinal);
        Assert.Contains("Send Messages", content, StringComparison.Ordinal);
        Assert.Equal(64, JsonNode.Parse(answer.Body)!["data"]!["flags"]!.GetValue<int>());
        Assert.Empty(await Store.ListAsync(InteractionFactoryGuild, null, 10, CancellationToken.None));
    }

    [Fact]
    public async Task SubmitButton_OpensTheForm_ValidAgainstDiscordsSchema_AndTheSubmittedFormIsStored()
    {
        var cohort = await CohortAsync();
        await PostAsync(cohort);
        var challenge = Assert.Single(await Store.ListAsync(InteractionFactoryGuild, null, 10, CancellationToken.None));

        var form = await _bot.InteractAsync(DiscordBotHarness.Prepare(ChallengeInteractions.Click(Ada, ChallengeButtons.Submit(challenge.Id))));
        var modal = JsonNode.Parse(form.Body)!;
        var submitted = await _bot.InteractAsync(DiscordBotHarness.Prepare(ChallengeInteractions.SubmitForm(Ada, modal["data"]!["custom_id"]!.GetValue<string>(),
            ("link", "https://github.com/ada/shortener"), ("note", "Redis counters"))));

        Assert.Equal(9, modal["type"]!.GetValue<int>());
        Assert.Empty(OpenApiValidator.Discord.Validate(form.Body, "ModalInteractionCallbackRequest"));
        Assert.Equal(["link", "note"], modal["data"]!["components"]!.AsArray().Select(row => row!["components"]![0]!["custom_id"]!.GetValue<string>()));
        Assert.Contains("Submitted <https://github.com/ada/shortener>", Content(submitted), StringComparison.Ordinal);
        Assert.Equal(64, JsonNode.Parse(submitted.Body)!["data"]!["flags"]!.GetValue<int>());
        Assert.Equal("Redis counters", (await Store.CurrentAsync(challenge, Ada, CancellationToken.None))?.Note);
    }

    [Fact]
    public async Task AnnouncementButtons_AfterARestart_StillJoinAndOpenTheForm()
    {
        await PostAsync(await CohortAsync());
        var challenge = Assert.Single(await Store.ListAsync(InteractionFactoryGuild, null, 10, CancellationToken.None));
        await _bot.StopBotAsync();
        await _bot.StartBotAsync();

        var join = await _bot.InteractAsync(DiscordBotHarness.Prepare(ChallengeInteractions.Click(Ada, ChallengeButtons.Join(challenge.Id))));
        var form = await _bot.InteractAsync(DiscordBotHarness.Prepare(ChallengeInteractions.Click(Ada, ChallengeButtons.Submit(challenge.Id))));

        Assert.Contains("You joined", Content(join), StringComparison.Ordinal);
        Assert.Equal(9, JsonNode.Parse(form.Body)!["type"]!.GetValue<int>());
    }

    [Fact]
    public async Task Review_TheMemberGetsADirectMessage_AndClosedDmsAreToldToTheModerator()
    {
        var cohort = await CohortAsync();
        await PostAsync(cohort);
        var challenge = Assert.Single(await Store.ListAsync(InteractionFactoryGuild, null, 10, CancellationToken.None));
        await _bot.AnswerAsync(ChallengeInteractions.Member(Ada, "submit", ("challenge", Id(challenge.Id)), ("link", "https://github.com/ada/shortener")));
        await _bot.AnswerAsync(ChallengeInteractions.Member(602, "submit", ("challenge", Id(challenge.Id)), ("link", "https://github.com/grace/shortener")));
        _bot.Discord.Rest.Faults.CloseDirectMessages(602);

        var told = await _bot.AnswerAsync(ChallengeInteractions.Mod("review", [("challenge", Id(challenge.Id)), ("member", Ada), ("verdict", "accepted"), ("feedback", "Clean code")]));
        var closed = await _bot.AnswerAsync(ChallengeInteractions.Mod("review", [("challenge", Id(challenge.Id)), ("member", 602UL), ("verdict", "accepted")]));

        var dm = _bot.Discord.Rest.State.DmChannelOf(Ada);
        Assert.NotNull(dm);
        var message = Assert.Single(_bot.Discord.Rest.Messages.In(dm.Value));
        Assert.Contains("Accepted", message["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Clean code", message["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("told by direct message", told, StringComparison.Ordinal);
        Assert.Contains("direct messages are closed", closed, StringComparison.Ordinal);
    }

    private const ulong InteractionFactoryGuild = Roadmap.Testing.InteractionFactory.GuildId;

    private ChallengeStore Store => _bot.Host!.Services.GetRequiredService<ChallengeStore>();

    private async Task<Cohort> CohortAsync() =>
        (await _bot.Host!.Services.GetRequiredService<CohortStore>().CreateAsync(
            new NewCohort(InteractionFactoryGuild, "Winter 2026", null, DateTimeOffset.UtcNow.AddDays(-1), null, Channel, null), CancellationToken.None))!;

    /// <summary>Posts a challenge due in two weeks and returns the moderator's answer once the handler is done (deferred or not).</summary>
    private Task<string> PostAsync(Cohort cohort) => _bot.AnswerAsync(PostCommand(cohort));

    private static Roadmap.Discord.Models.Interaction PostCommand(Cohort cohort) =>
        ChallengeInteractions.Mod("post",
            [("cohort", Id(cohort.Id)), ("title", "Build a URL shortener"), ("due", DateTimeOffset.UtcNow.AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))]);

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Content(RecordedRequest answer) => JsonNode.Parse(answer.Body)!["data"]!["content"]!.GetValue<string>();
}
