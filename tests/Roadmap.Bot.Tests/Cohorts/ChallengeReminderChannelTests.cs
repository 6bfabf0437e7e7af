using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Roadmap.Bot.Cohorts;
using Roadmap.Bot.Cohorts.Challenges;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Testing;
using Roadmap.Testing.Rest;

namespace Roadmap.Bot.Tests.Cohorts;

/// <summary>
/// A challenge reminder for a member whose direct messages are closed goes to the server's nudge
/// channel, pinging only that member; without a nudge channel the member stays unreached.
/// </summary>
public sealed class ChallengeReminderChannelTests
{
    private const ulong Announcements = 4_343, NudgeChannel = 4_777, Ada = 601, Grace = 602;

    // The challenge is due a day and two minutes after the harness starts, so its reminder comes due at +2 minutes.
    private static readonly DateTimeOffset ReminderDue = BotHarness.Start.AddMinutes(2);

    [Fact]
    public async Task ClosedDms_WithANudgeChannel_TheReminderIsPostedThereMentioningOnlyThatMember()
    {
        await using var bot = await DiscordBotHarness.StartAsync(clock: new FakeTimeProvider(BotHarness.Start));
        await bot.Host!.Services.GetRequiredService<GuildSettingsStore>().SetNudgeChannelAsync(InteractionFactory.GuildId, NudgeChannel, CancellationToken.None);
        var challenge = await PostAndJoinAsync(bot);
        bot.Discord.Rest.Faults.CloseDirectMessages(Ada);

        await bot.AdvanceSweepingAsync(ReminderDue);
        await bot.Sweeps.WaitForAsync(ReminderDue, TimeSpan.FromSeconds(10), "challenge-due");

        var inChannel = Assert.Single(bot.Discord.Rest.Requests.ForRoute(FakeRoutes.CreateMessage), r => r.Path == $"/api/v10/channels/{NudgeChannel}/messages");
        var body = JsonNode.Parse(inChannel.Body)!;
        Assert.StartsWith($"<@{Ada}> ", body["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Build a URL shortener", body["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain($"<@{Grace}>", body["content"]!.GetValue<string>(), StringComparison.Ordinal);
        var mentions = body["allowed_mentions"]!.AsObject();
        Assert.Empty(mentions["parse"]!.AsArray());
        Assert.Equal([Ada], mentions["users"]!.AsArray().Select(u => ulong.Parse(u!.ToString(), CultureInfo.InvariantCulture)));
        Assert.Null(mentions["roles"]);
        Assert.Equal(ChallengeReminderSweep.ChannelNonce(challenge.Id, Ada), body["nonce"]!.GetValue<string>());
        Assert.NotEqual(ChallengeReminderSweep.Nonce(challenge.Id, Ada), body["nonce"]!.GetValue<string>());
        Assert.True(body["enforce_nonce"]!.GetValue<bool>());

        // Grace's DMs are open: her reminder went by direct message, as before.
        Assert.Single(bot.Discord.Rest.Requests.ForRoute(FakeRoutes.CreateMessage), r => r.Path == $"/api/v10/channels/{bot.Discord.Rest.State.DmChannelOf(Grace)}/messages");
        Assert.Equal("2 reminded (1 in the nudge channel, their direct messages are closed)", await ReminderReasonAsync(bot, challenge));
    }

    [Fact]
    public async Task ClosedDms_WithoutANudgeChannel_NothingIsPostedInAChannelAndTheMemberIsCountedUnreached()
    {
        await using var bot = await DiscordBotHarness.StartAsync(clock: new FakeTimeProvider(BotHarness.Start));
        var challenge = await PostAndJoinAsync(bot);
        bot.Discord.Rest.Faults.CloseDirectMessages(Ada);

        await bot.AdvanceSweepingAsync(ReminderDue);
        await bot.Sweeps.WaitForAsync(ReminderDue, TimeSpan.FromSeconds(10), "challenge-due");

        Assert.Equal("1 reminded; 1 could not be reached by direct message", await ReminderReasonAsync(bot, challenge));
        Assert.DoesNotContain(bot.Discord.Rest.Requests.ForRoute(FakeRoutes.CreateMessage), r => JsonNode.Parse(r.Body)?["content"]?.GetValue<string>()?.Contains($"<@{Ada}>", StringComparison.Ordinal) == true);
    }

    private static async Task<string?> ReminderReasonAsync(DiscordBotHarness bot, Challenge challenge)
    {
        var connections = bot.Host!.Services.GetRequiredService<Roadmap.Bot.Persistence.SqliteConnectionFactory>();
        var connection = await connections.OpenAsync(CancellationToken.None);
        await using (connection)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT reason FROM cohort_posts WHERE kind = 'reminder' AND subject_id = $id";
            command.Parameters.AddWithValue("$id", challenge.Id);
            return (string?)await command.ExecuteScalarAsync();
        }
    }

    private static async Task<Challenge> PostAndJoinAsync(DiscordBotHarness bot)
    {
        var cohort = (await bot.Host!.Services.GetRequiredService<CohortStore>().CreateAsync(
            new NewCohort(InteractionFactory.GuildId, "Winter 2026", null, BotHarness.Start.AddDays(-7), null, Announcements, null), CancellationToken.None))!;
        var answer = await bot.InteractAsync(DiscordBotHarness.Prepare(ChallengeInteractions.Mod("post",
            [("cohort", cohort.Id.ToString(CultureInfo.InvariantCulture)), ("title", "Build a URL shortener"), ("due", "2026-11-23 10:02")])));
        Assert.Contains("Posted", JsonNode.Parse(answer.Body)!["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        var challenge = Assert.Single(await bot.Host!.Services.GetRequiredService<ChallengeStore>().ListAsync(InteractionFactory.GuildId, null, 10, CancellationToken.None));
        foreach (var member in new[] { Ada, Grace })
        {
            await bot.InteractAsync(DiscordBotHarness.Prepare(ChallengeInteractions.Click(member, ChallengeButtons.Join(challenge.Id))));
        }

        return challenge;
    }
}
