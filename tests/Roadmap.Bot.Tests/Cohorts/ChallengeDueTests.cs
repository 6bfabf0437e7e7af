using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Roadmap.Bot.Cohorts;
using Roadmap.Bot.Cohorts.Challenges;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Testing.Rest;

namespace Roadmap.Bot.Tests.Cohorts;

/// <summary>
/// A challenge closes by itself at its due time: the real host, Quartz and the fake Discord on one
/// fake clock. The results reach the channel once, across restarts, and late after downtime.
/// </summary>
public sealed class ChallengeDueTests
{
    private const ulong Channel = 4_343;

    // Sunday 22 November 2026, 10:00 UTC; the challenge is due two minutes later.
    private static readonly DateTimeOffset Due = BotHarness.Start.AddMinutes(2);

    [Fact]
    public async Task DueTimeComes_TheChallengeClosesAndItsResultsArePostedOnce_EvenAfterARestart()
    {
        await using var bot = await DiscordBotHarness.StartAsync(clock: new FakeTimeProvider(BotHarness.Start));
        var challenge = await PostAsync(bot);

        await bot.AdvanceSweepingAsync(Due);
        await bot.Sweeps.WaitForAsync(Due, TimeSpan.FromSeconds(10), "challenge-due");
        await bot.StopBotAsync();
        await bot.StartBotAsync();
        await bot.AdvanceSweepingAsync(Due.AddMinutes(2));
        await bot.Sweeps.WaitForAsync(Due.AddMinutes(2), TimeSpan.FromSeconds(10), "challenge-due");

        var results = Assert.Single(Results(bot));
        var body = JsonNode.Parse(results.Body)!;
        Assert.Equal($"results-{challenge.Id}", body["nonce"]!.GetValue<string>());
        Assert.Equal("Results: Build a URL shortener", body["embeds"]![0]!["title"]!.GetValue<string>());
        Assert.DoesNotContain("late", body["embeds"]![0]!["footer"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(body["allowed_mentions"]!["parse"]!.AsArray());
        var stored = await bot.Host!.Services.GetRequiredService<ChallengeStore>().FindAsync(Roadmap.Testing.InteractionFactory.GuildId, challenge.Id, CancellationToken.None);
        Assert.Equal(Due, stored?.ClosedAt);
    }

    [Fact]
    public async Task DueWhileTheBotWasDown_ResultsArePostedOnceAtTheNextStart_MarkedLate()
    {
        await using var bot = await DiscordBotHarness.StartAsync(clock: new FakeTimeProvider(BotHarness.Start));
        await PostAsync(bot);
        await bot.StopBotAsync();

        bot.Clock!.Advance(TimeSpan.FromMinutes(30));
        await bot.StartBotAsync();
        await bot.Discord.Rest.Requests.WaitForAsync(IsResults, TimeSpan.FromSeconds(10));
        await bot.AdvanceSweepingAsync(bot.Clock.GetUtcNow().AddMinutes(2));

        var results = Assert.Single(Results(bot));
        Assert.Contains("posted late", JsonNode.Parse(results.Body)!["embeds"]![0]!["footer"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADayBeforeItIsDue_MembersWhoJoinedAndHaveNotSubmittedGetOneReminderByDm_EvenAfterARestart()
    {
        const ulong Ada = 601, Grace = 602;
        await using var bot = await DiscordBotHarness.StartAsync(clock: new FakeTimeProvider(BotHarness.Start));
        var challenge = await PostAsync(bot, due: "2026-11-23 10:02");
        foreach (var member in new[] { Ada, Grace })
        {
            await bot.InteractAsync(DiscordBotHarness.Prepare(ChallengeInteractions.Click(member, ChallengeButtons.Join(challenge.Id))));
        }

        await bot.InteractAsync(DiscordBotHarness.Prepare(ChallengeInteractions.Member(Grace, "submit", ("challenge", challenge.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("link", "https://github.com/grace/shortener"))));

        await bot.AdvanceSweepingAsync(Due);
        await bot.Sweeps.WaitForAsync(Due, TimeSpan.FromSeconds(10), "challenge-due");
        await bot.StopBotAsync();
        await bot.StartBotAsync();
        await bot.AdvanceSweepingAsync(Due.AddMinutes(2));
        await bot.Sweeps.WaitForAsync(Due.AddMinutes(2), TimeSpan.FromSeconds(10), "challenge-due");

        var reminders = bot.Discord.Rest.Requests.ForRoute(FakeRoutes.CreateMessage)
            .Where(r => JsonNode.Parse(r.Body)?["nonce"]?.GetValue<string>() is { } nonce && nonce.StartsWith('r') && !nonce.StartsWith("results-", StringComparison.Ordinal))
            .ToList();
        var reminder = Assert.Single(reminders);
        var body = JsonNode.Parse(reminder.Body)!;
        Assert.Equal($"/api/v10/channels/{bot.Discord.Rest.State.DmChannelOf(Ada)}/messages", reminder.Path);
        Assert.Equal(ChallengeReminderSweep.Nonce(challenge.Id, Ada), body["nonce"]!.GetValue<string>());
        Assert.True(body["enforce_nonce"]!.GetValue<bool>());
        Assert.Contains("Build a URL shortener", body["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(bot.Discord.Rest.State.DmChannelOf(Grace));
    }

    private static List<RecordedRequest> Results(DiscordBotHarness bot) =>
        bot.Discord.Rest.Requests.ForRoute(FakeRoutes.CreateMessage).Where(IsResults).ToList();

    private static bool IsResults(RecordedRequest request) =>
        request.Route == FakeRoutes.CreateMessage && JsonNode.Parse(request.Body)?["nonce"]?.GetValue<string>() is { } nonce && nonce.StartsWith("results-", StringComparison.Ordinal);

    private static async Task<Challenge> PostAsync(DiscordBotHarness bot, string due = "2026-11-22 10:02")
    {
        var cohort = (await bot.Host!.Services.GetRequiredService<CohortStore>().CreateAsync(
            new NewCohort(Roadmap.Testing.InteractionFactory.GuildId, "Winter 2026", null, BotHarness.Start.AddDays(-7), null, Channel, null), CancellationToken.None))!;
        var answer = await bot.InteractAsync(DiscordBotHarness.Prepare(ChallengeInteractions.Mod("post",
            [("cohort", cohort.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("title", "Build a URL shortener"), ("due", due)])));
        Assert.Contains("Posted", JsonNode.Parse(answer.Body)!["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        return Assert.Single(await bot.Host!.Services.GetRequiredService<ChallengeStore>().ListAsync(Roadmap.Testing.InteractionFactory.GuildId, null, 10, CancellationToken.None));
    }
}
