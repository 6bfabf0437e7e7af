using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Roadmap.Bot.Cohorts;
using Roadmap.Bot.Cohorts.Challenges;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Testing;
using Roadmap.Testing.Rest;
using static Roadmap.Bot.Tests.Fakes.CohortCalls;

namespace Roadmap.Bot.Tests.Cohorts;

/// <summary>
/// A cohort's whole life with the real host, Quartz and the fake Discord on one fake clock, the bot
/// restarted between every step: a moderator creates it with a channel, posts a challenge, members
/// join from the announcement's button, one submits through the form, the other is reminded a day
/// before it is due, the submission is accepted, and at the due time the results reach the channel
/// once. Each step is checked as Discord received it, and nothing reaches Discord twice.
/// </summary>
public sealed class CohortLifecycleEndToEndTests
{
    private const ulong Home = 4_444;
    private const ulong Ada = 601;     // joins and never submits: she gets the reminder
    private const ulong Grace = 602;   // joins and submits: no reminder, her work is on the board

    // Tuesday 24 November 2026, 10:00 UTC; the challenge is due on Thursday at 10:00, so its reminder
    // comes on Wednesday at 10:00. No Monday on the way: the weekly digest stays out of the channel.
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Due = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset RemindAt = Due - ChallengeReminderStore.Before;

    [Fact]
    public async Task CreatePostJoinSubmitRemindClose_EachAcrossARestart_DiscordReceivesEachMessageOnce()
    {
        await using var bot = await DiscordBotHarness.StartAsync(clock: new FakeTimeProvider(Start));

        // The moderator's dates are read on their clock: UTC here, as the test's times are.
        await bot.InteractAsync(DiscordBotHarness.Prepare(InteractionFactory.CommandBy(ChallengeInteractions.Moderator, "mod900", "profile", InteractionFactory.Option("timezone", "UTC"))));

        // Create: the home message reaches the channel, mentioning no one.
        var created = await AnswerAsync(bot, Mod("cohort", "create",
            [Typed("name", "Winter 2026"), Typed("starts", "2026-11-24 09:00"), Channel("channel", Home)], userId: ChallengeInteractions.Moderator));
        Assert.StartsWith("✅ Created the cohort **Winter 2026**.", created, StringComparison.Ordinal);
        var home = Assert.Single(bot.Discord.Rest.Messages.In(Home));
        Assert.StartsWith("📚 This channel is now the home of the cohort **Winter 2026**", home["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(Body(Assert.Single(Posts(bot)))["allowed_mentions"]!["parse"]!.AsArray());
        var cohort = Assert.Single(await bot.Host!.Services.GetRequiredService<CohortStore>().ListAsync(InteractionFactory.GuildId, includeArchived: true, CancellationToken.None));
        await RestartAsync(bot);

        // Post: the announcement reaches the cohort's channel with Join and Submit and its nonce.
        var posted = await AnswerAsync(bot, ChallengeInteractions.Mod("post",
            [("cohort", Id(cohort.Id)), ("title", "Build a URL shortener"), ("due", "2026-11-26 10:00")]));
        Assert.Contains("Posted", posted, StringComparison.Ordinal);
        var challenge = Assert.Single(await Challenges(bot).ListAsync(InteractionFactory.GuildId, null, 10, CancellationToken.None));
        Assert.Equal(Due, challenge.DueAt);
        var announcement = Body(Assert.Single(Posts(bot), p => p.Path == ChannelPath(Home) && Body(p)["nonce"] is not null));
        Assert.Equal(ChallengeAnnouncement.Nonce(challenge), announcement["nonce"]!.GetValue<string>());
        Assert.True(announcement["enforce_nonce"]!.GetValue<bool>());
        Assert.Empty(announcement["allowed_mentions"]!["parse"]!.AsArray());
        var buttons = announcement["components"]![0]!["components"]!.AsArray();
        var join = buttons.Single(b => b!["label"]!.GetValue<string>() == "Join")!["custom_id"]!.GetValue<string>();
        var submit = buttons.Single(b => b!["label"]!.GetValue<string>() == "Submit")!["custom_id"]!.GetValue<string>();
        await RestartAsync(bot);

        // Join: both members click Join on the message the channel received.
        foreach (var member in new[] { Ada, Grace })
        {
            var joined = await bot.InteractAsync(DiscordBotHarness.Prepare(ChallengeInteractions.Click(member, join)));
            Assert.Contains("You joined", Content(joined), StringComparison.Ordinal);
        }

        await RestartAsync(bot);

        // Submit: Grace opens the form from the Submit button and sends it.
        var form = Body(await bot.InteractAsync(DiscordBotHarness.Prepare(ChallengeInteractions.Click(Grace, submit))));
        Assert.Equal(9, form["type"]!.GetValue<int>());
        var submitted = await bot.InteractAsync(DiscordBotHarness.Prepare(ChallengeInteractions.SubmitForm(Grace, form["data"]!["custom_id"]!.GetValue<string>(),
            ("link", "https://github.com/grace/shortener"), ("note", "Base62 ids"))));
        Assert.Contains("Submitted <https://github.com/grace/shortener>", Content(submitted), StringComparison.Ordinal);
        Assert.Equal(64, Body(submitted)["data"]!["flags"]!.GetValue<int>());
        await RestartAsync(bot);

        // Remind: a day before it is due, Ada (joined, nothing submitted) gets one DM; Grace none.
        await StopAndMoveClockAsync(bot, RemindAt.AddMinutes(-2));
        await bot.AdvanceSweepingAsync(RemindAt.AddMinutes(1));
        await bot.Sweeps.WaitForAsync(RemindAt, TimeSpan.FromSeconds(10), "challenge-due");
        await RestartAsync(bot);
        await bot.AdvanceSweepingAsync(bot.Clock!.GetUtcNow().AddMinutes(2));
        var adaDm = bot.Discord.Rest.State.DmChannelOf(Ada);
        Assert.NotNull(adaDm);
        var reminder = Body(Assert.Single(Posts(bot), p => p.Path == ChannelPath(adaDm.Value)));
        Assert.Equal(ChallengeReminderSweep.Nonce(challenge.Id, Ada), reminder["nonce"]!.GetValue<string>());
        Assert.True(reminder["enforce_nonce"]!.GetValue<bool>());
        Assert.Contains("Build a URL shortener", reminder["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(bot.Discord.Rest.State.DmChannelOf(Grace));
        await RestartAsync(bot);

        // Review: the moderator accepts Grace's work before it is due; she is told by DM.
        var reviewed = await AnswerAsync(bot, ChallengeInteractions.Mod("review", [("challenge", Id(challenge.Id)), ("member", Grace), ("verdict", "accepted")]));
        Assert.Contains("told by direct message", reviewed, StringComparison.Ordinal);
        var graceDm = bot.Discord.Rest.State.DmChannelOf(Grace);
        Assert.NotNull(graceDm);
        Assert.Contains("Accepted", Assert.Single(bot.Discord.Rest.Messages.In(graceDm.Value))["content"]!.GetValue<string>(), StringComparison.Ordinal);
        await RestartAsync(bot);

        // Close: at the due time the results reach the channel, with Grace first on the board.
        await StopAndMoveClockAsync(bot, Due.AddMinutes(-2));
        await bot.AdvanceSweepingAsync(Due.AddMinutes(1));
        await bot.Sweeps.WaitForAsync(Due, TimeSpan.FromSeconds(10), "challenge-due");
        await RestartAsync(bot);
        await bot.AdvanceSweepingAsync(bot.Clock!.GetUtcNow().AddMinutes(2));
        var results = Body(Assert.Single(Posts(bot), p => Body(p)["nonce"]?.GetValue<string>() == ChallengeResults.Nonce(challenge)));
        Assert.Equal(ChannelPath(Home), Assert.Single(Posts(bot), p => Body(p)["nonce"]?.GetValue<string>() == ChallengeResults.Nonce(challenge)).Path);
        Assert.True(results["enforce_nonce"]!.GetValue<bool>());
        Assert.Empty(results["allowed_mentions"]!["parse"]!.AsArray());
        var embed = results["embeds"]![0]!;
        Assert.Equal("Results: Build a URL shortener", embed["title"]!.GetValue<string>());
        Assert.Equal($"1. <@{Grace}>\n\n1 submission: 1 accepted, 0 waiting for review.", embed["description"]!.GetValue<string>());
        Assert.DoesNotContain("late", embed["footer"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(Due, (await Challenges(bot).FindAsync(InteractionFactory.GuildId, challenge.Id, CancellationToken.None))?.ClosedAt);

        // Nothing twice: the channel holds home, announcement and results; each DM one message; no nonce sent twice.
        Assert.Equal(3, bot.Discord.Rest.Messages.In(Home).Count);
        Assert.Single(bot.Discord.Rest.Messages.In(adaDm.Value));
        Assert.Single(bot.Discord.Rest.Messages.In(graceDm.Value));
        Assert.Equal(5, bot.Discord.Rest.Messages.Count);
        var nonces = Posts(bot).Select(p => Body(p)["nonce"]?.GetValue<string>()).OfType<string>().ToList();
        Assert.Equal(nonces.Distinct(), nonces);
    }

    private static async Task RestartAsync(DiscordBotHarness bot)
    {
        await bot.StopBotAsync();
        await bot.StartBotAsync();
    }

    /// <summary>The bot is down while the clock moves to <paramref name="to"/>, just before something comes due, and starts there.</summary>
    private static async Task StopAndMoveClockAsync(DiscordBotHarness bot, DateTimeOffset to)
    {
        await bot.StopBotAsync();
        bot.Clock!.Advance(to - bot.Clock.GetUtcNow());
        await bot.StartBotAsync();
    }

    private static Task<string> AnswerAsync(DiscordBotHarness bot, Roadmap.Discord.Models.Interaction interaction) => bot.AnswerAsync(interaction);

    private static ChallengeStore Challenges(DiscordBotHarness bot) => bot.Host!.Services.GetRequiredService<ChallengeStore>();

    private static List<RecordedRequest> Posts(DiscordBotHarness bot) => bot.Discord.Rest.Requests.ForRoute(FakeRoutes.CreateMessage).ToList();

    private static JsonNode Body(RecordedRequest request) => JsonNode.Parse(request.Body)!;

    private static string Content(RecordedRequest answer) => Body(answer)["data"]!["content"]!.GetValue<string>();

    private static string ChannelPath(ulong channelId) => $"/api/v10/channels/{channelId}/messages";

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
