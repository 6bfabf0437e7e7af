using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Roadmap.Bot.Nudges;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Testing.Rest;
using static Roadmap.Testing.InteractionFactory;

namespace Roadmap.Bot.Tests.Nudges;

/// <summary>
/// The weekly nudge end to end: the real host, Quartz and the fake Discord on one fake clock. A member
/// turns nudges on with a real /nudges on interaction, the clock reaches the time, and the test reads
/// what Discord received and what the member sees next.
/// </summary>
public sealed class NudgeEndToEndTests
{
    // Sunday 22 November 2026, 10:00 UTC: 11:00 in Berlin, so a nudge on Sundays at 11:01 is due in a minute.
    private static readonly DateTimeOffset Due = BotHarness.Start.AddMinutes(1);

    [Fact]
    public async Task ClockReachesTheTime_ExactlyOneDmArrives_WithTheMilestoneNextSuggests()
    {
        await using var bot = await DiscordBotHarness.StartAsync(clock: new FakeTimeProvider(BotHarness.Start));
        var next = await SetUpAsync(bot);

        // Two more sweeps after the due one: none of them sends it again.
        await bot.AdvanceSweepingAsync(Due.AddMinutes(2));

        var channelId = bot.Discord.Rest.State.DmChannelOf(MemberId)!.Value;
        var sends = bot.Discord.Rest.Requests.ForRoute(FakeRoutes.CreateMessage).Where(r => JsonNode.Parse(r.Body)!["nonce"] is not null).ToList();
        var send = Assert.Single(sends);
        var body = JsonNode.Parse(send.Body)!;
        Assert.Equal(200, send.Status);
        Assert.Equal($"/api/v10/channels/{channelId}/messages", send.Path);
        Assert.Equal(NudgeNonce.For(MemberId, Due), body["nonce"]!.GetValue<string>());
        Assert.True(body["enforce_nonce"]!.GetValue<bool>());
        Assert.Equal("""{"parse":[]}""", body["allowed_mentions"]!.ToJsonString());
        // The confirmation of /nudges on, then the nudge: one message each in the member's DMs.
        var messages = bot.Discord.Rest.Messages.In(channelId);
        Assert.Equal(2, messages.Count);
        Assert.Equal($"This week: {next}", messages[1]["embeds"]![0]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task DoneButtonOfTheDm_AfterARestartOnTheSameDatabase_MarksTheMilestoneDone()
    {
        await using var bot = await DiscordBotHarness.StartAsync(clock: new FakeTimeProvider(BotHarness.Start));
        var next = await SetUpAsync(bot);
        await bot.AdvanceSweepingAsync(Due);
        var nudge = bot.Discord.Rest.Messages.In(bot.Discord.Rest.State.DmChannelOf(MemberId)!.Value)[^1];
        var done = nudge["components"]![0]!["components"]!.AsArray().Single(b => b!["label"]!.GetValue<string>() == "Done")!["custom_id"]!.GetValue<string>();

        await bot.StopBotAsync();
        await bot.StartBotAsync();
        // Pressed in the DM: no server, the member is the interaction's user.
        var click = await bot.InteractAsync(DiscordBotHarness.Prepare(ClickBy(MemberId, "ada", done)));
        var progress = await bot.CommandAsync("progress");

        Assert.StartsWith($"✅ Marked **{next}** as done.", Content(click), StringComparison.Ordinal);
        var card = JsonNode.Parse(progress.Body)!["data"]!["embeds"]![0]!;
        Assert.Contains("**2** done", card["description"]!.GetValue<string>(), StringComparison.Ordinal);
        var recent = card["fields"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "Recently finished")!["value"]!.GetValue<string>();
        Assert.Contains($"✅ {next} · ", recent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CrashAfterTheSendBeforeItWasRecorded_TheRestartResendsWithTheSameNonce_AndDiscordKeepsOneMessage()
    {
        await using var bot = await DiscordBotHarness.StartAsync(clock: new FakeTimeProvider(BotHarness.Start));
        await SetUpAsync(bot);
        await bot.AdvanceSweepingAsync(Due);
        await bot.StopBotAsync();
        // What a kill -9 between Discord's answer and the write of 'sent' leaves behind.
        await using (var connection = new SqliteConnection($"Data Source={bot.DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var crash = connection.CreateCommand();
            crash.CommandText = "UPDATE nudges SET state = 'sending', finished_at = NULL, message_id = NULL WHERE member_id = $member";
            crash.Parameters.AddWithValue("$member", (long)MemberId);
            Assert.Equal(1, await crash.ExecuteNonQueryAsync());
        }

        // Back 30 seconds later, within two minutes of the claim: the sweep at start sends it again, with the same nonce.
        bot.Clock!.Advance(TimeSpan.FromSeconds(30));
        await bot.StartBotAsync();
        await bot.Sweeps.WaitForAsync(bot.Clock!.GetUtcNow(), TimeSpan.FromSeconds(10));

        var sends = bot.Discord.Rest.Requests.ForRoute(FakeRoutes.CreateMessage).Where(r => JsonNode.Parse(r.Body)!["nonce"] is not null).ToList();
        Assert.Equal(2, sends.Count);
        Assert.Single(sends.Select(r => JsonNode.Parse(r.Body)!["nonce"]!.GetValue<string>()).Distinct());
        Assert.Equal(1, bot.Discord.Rest.Messages.Replays);
        Assert.Equal(2, bot.Discord.Rest.Messages.In(bot.Discord.Rest.State.DmChannelOf(MemberId)!.Value).Count);
    }

    [Fact]
    public async Task DmsClosedWhenTheNudgeIsSent_PausesNudges_AndTheNextAnswerEndsSayingSo()
    {
        await using var bot = await DiscordBotHarness.StartAsync(clock: new FakeTimeProvider(BotHarness.Start));
        await SetUpAsync(bot);
        bot.Discord.Rest.Faults.CloseDirectMessages(MemberId);

        await bot.AdvanceSweepingAsync(Due);
        var answer = await bot.CommandAsync("next");
        var status = await bot.CommandAsync("nudges", Sub("status"));

        // The nudge was tried once (its nonce) and refused; it is never retried.
        var refused = Assert.Single(bot.Discord.Rest.Requests.ForRoute(FakeRoutes.CreateMessage), r => JsonNode.Parse(r.Body)!["nonce"] is not null);
        Assert.Equal(403, refused.Status);
        // /next answers with a card, and Discord shows text above embeds: the line is an embed after it.
        var embeds = JsonNode.Parse(answer.Body)!["data"]!["embeds"]!.AsArray();
        Assert.Equal(2, embeds.Count);
        Assert.Equal("Next: ", embeds[0]!["title"]!.GetValue<string>()[..6]);
        Assert.Equal(DmsClosedNotice.Line, embeds[1]!["description"]!.GetValue<string>());
        var description = JsonNode.Parse(status.Body)!["data"]!["embeds"]![0]!["description"]!.GetValue<string>();
        Assert.StartsWith("**Paused:** I could not send you a direct message: your DMs are closed to me.", description, StringComparison.Ordinal);
        // Only the confirmation of /nudges on reached the member.
        Assert.Equal(1, bot.Discord.Rest.Messages.Count);
    }

    /// <summary>
    /// Ada finishes the first milestone, sets Berlin as her zone and asks for nudges on Sundays at
    /// 11:01, a minute from now. Returns the title /next suggests to her just before.
    /// </summary>
    private static async Task<string> SetUpAsync(DiscordBotHarness bot)
    {
        await bot.CommandAsync("done", Option("milestone", "how-the-internet-works"));
        await bot.CommandAsync("profile", Option("timezone", "Europe/Berlin"));
        var next = await bot.CommandAsync("next");
        var on = await bot.CommandAsync("nudges", Sub("on", Option("day", "sunday"), Option("time", "11:01")));
        Assert.StartsWith("🔔 Weekly nudges are on", Content(on), StringComparison.Ordinal);
        var title = JsonNode.Parse(next.Body)!["data"]!["embeds"]![0]!["title"]!.GetValue<string>();
        Assert.StartsWith("Next: ", title, StringComparison.Ordinal);
        return title["Next: ".Length..];
    }

    private static string Content(RecordedRequest answer) => JsonNode.Parse(answer.Body)!["data"]!["content"]!.GetValue<string>();
}
