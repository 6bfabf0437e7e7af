using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Roadmap.Bot.Cohorts;
using Roadmap.Bot.Members;
using Roadmap.Bot.Nudges;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Testing.Rest;
using static Roadmap.Testing.InteractionFactory;

namespace Roadmap.Bot.Tests.Nudges;

/// <summary>
/// The weekly nudge for a member whose direct messages are closed, end to end against the fake
/// Discord with the real host and Quartz: it goes once to the nudge channel of the server the member
/// used most recently, mentioning only them; its buttons act only for them; a channel the bot may not
/// post in is listed in /mod config show. Without a nudge channel nudges pause as before
/// (<see cref="NudgeEndToEndTests.DmsClosedWhenTheNudgeIsSent_PausesNudges_AndTheNextAnswerEndsSayingSo"/>).
/// </summary>
public sealed class NudgeChannelEndToEndTests
{
    private const ulong NudgeChannel = 4_777, OtherServer = 8, OtherServerChannel = 4_888, UnseenServer = 9, UnseenServerChannel = 4_999;

    // Sunday 22 November 2026, 10:00 UTC: 11:00 in Berlin, so a nudge on Sundays at 11:01 is due in a minute.
    private static readonly DateTimeOffset Due = BotHarness.Start.AddMinutes(1);

    [Fact]
    public async Task DmsClosed_WithANudgeChannel_ExactlyOneMessageThere_MentioningOnlyTheMember_AndNudgesGoOn()
    {
        await using var bot = await DiscordBotHarness.StartAsync(clock: new FakeTimeProvider(BotHarness.Start));
        var next = await SetUpAsync(bot);
        await SetNudgeChannelAsync(bot, GuildId, NudgeChannel);
        bot.Discord.Rest.Faults.CloseDirectMessages(MemberId);

        await bot.AdvanceSweepingAsync(Due);

        var posted = Assert.Single(bot.Discord.Rest.Requests.ForRoute(FakeRoutes.CreateMessage), r => r.Path == $"/api/v10/channels/{NudgeChannel}/messages");
        Assert.Equal(200, posted.Status);
        var body = JsonNode.Parse(posted.Body)!;
        Assert.Equal(NudgeNonce.InChannel(MemberId, Due), body["nonce"]!.GetValue<string>());
        Assert.NotEqual(NudgeNonce.For(MemberId, Due), body["nonce"]!.GetValue<string>());
        Assert.True(body["enforce_nonce"]!.GetValue<bool>());
        Assert.Equal($$"""{"parse":[],"users":["{{MemberId}}"]}""", body["allowed_mentions"]!.ToJsonString());
        var content = body["content"]!.GetValue<string>();
        Assert.Equal($"<@{MemberId}> {NudgeChannelFallback.NudgeLine}\n{NudgeChannelFallback.Why}", content);
        // The same card as the DM, with buttons that name the member.
        Assert.Equal($"This week: {next}", body["embeds"]![0]!["title"]!.GetValue<string>());
        var ids = body["components"]![0]!["components"]!.AsArray().Select(b => b!["custom_id"]!.GetValue<string>()).ToList();
        Assert.Equal(4, ids.Count);
        Assert.All(ids, id => Assert.EndsWith($":{MemberId}", id, StringComparison.Ordinal));
        Assert.Single(bot.Discord.Rest.Messages.In(NudgeChannel));

        // Nudges go on, and the member is told where they arrive now; no "paused" line follows.
        var status = Description(await bot.CommandAsync("nudges", Sub("status")));
        Assert.StartsWith("**On:** ", status, StringComparison.Ordinal);
        Assert.Contains($"your nudges now arrive in <#{NudgeChannel}> of the server you used me in most recently (https://discord.com/channels/{GuildId}/{NudgeChannel})", status, StringComparison.Ordinal);
        Assert.Contains($"**Last one:** the one of <t:{Due.ToUnixTimeSeconds()}:f>, sent in <#{NudgeChannel}> because your direct messages are closed to me", status, StringComparison.Ordinal);
        var answer = JsonNode.Parse((await bot.CommandAsync("next")).Body)!["data"]!["embeds"]!.AsArray();
        Assert.Single(answer);

        // Two more sweeps after the due one (last: the fake clock's jump upsets the gateway's heartbeat): none posts it again.
        await bot.AdvanceSweepingAsync(Due.AddMinutes(2));
        Assert.Single(bot.Discord.Rest.Requests.ForRoute(FakeRoutes.CreateMessage), r => r.Path == $"/api/v10/channels/{NudgeChannel}/messages");
        Assert.Single(bot.Discord.Rest.Messages.In(NudgeChannel));
    }

    [Fact]
    public async Task SeveralServersWithNudgeChannels_TheOneTheMemberUsedMostRecentlyGetsIt()
    {
        await using var bot = await DiscordBotHarness.StartAsync(clock: new FakeTimeProvider(BotHarness.Start));
        await SetUpAsync(bot);
        await SetNudgeChannelAsync(bot, GuildId, NudgeChannel);
        await SetNudgeChannelAsync(bot, OtherServer, OtherServerChannel);
        await SetNudgeChannelAsync(bot, UnseenServer, UnseenServerChannel);
        // Used in this server at the start (the set-up's commands), in the other 30 seconds later; never in the third.
        await bot.Host!.Services.GetRequiredService<GuildMemberStore>().RecordSeenAsync(
            [new GuildVisit(OtherServer, MemberId, BotHarness.Start.AddSeconds(30))], CancellationToken.None);
        bot.Discord.Rest.Faults.CloseDirectMessages(MemberId);

        await bot.AdvanceSweepingAsync(Due);

        Assert.Single(bot.Discord.Rest.Messages.In(OtherServerChannel));
        Assert.Empty(bot.Discord.Rest.Messages.In(NudgeChannel));
        Assert.Empty(bot.Discord.Rest.Messages.In(UnseenServerChannel));
        Assert.Contains($"https://discord.com/channels/{OtherServer}/{OtherServerChannel}", Description(await bot.CommandAsync("nudges", Sub("status"))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task JoiningACohortCountsAsUsingItsServer_ItsNudgeChannelGetsIt_WhenTheJoinIsTheLatest()
    {
        await using var bot = await DiscordBotHarness.StartAsync(clock: new FakeTimeProvider(BotHarness.Start));
        await SetUpAsync(bot);
        await SetNudgeChannelAsync(bot, GuildId, NudgeChannel);
        await SetNudgeChannelAsync(bot, OtherServer, OtherServerChannel);
        // No visit recorded in the other server, only a cohort joined there 30 seconds after the set-up's commands here.
        bot.Clock!.Advance(TimeSpan.FromSeconds(30));
        var cohorts = bot.Host!.Services.GetRequiredService<CohortStore>();
        var cohort = (await cohorts.CreateAsync(new NewCohort(OtherServer, "Winter 2026", null, BotHarness.Start.AddDays(-7), null, null, null), CancellationToken.None))!;
        Assert.True(await cohorts.JoinAsync(cohort, MemberId, CancellationToken.None));
        bot.Discord.Rest.Faults.CloseDirectMessages(MemberId);

        await bot.AdvanceSweepingAsync(Due);

        Assert.Single(bot.Discord.Rest.Messages.In(OtherServerChannel));
        Assert.Empty(bot.Discord.Rest.Messages.In(NudgeChannel));
    }

    [Fact]
    public async Task CrashAfterTheChannelPost_TheRestartResendsToTheSameChannelWithTheSameNonce_AndDiscordKeepsOneMessage()
    {
        await using var bot = await DiscordBotHarness.StartAsync(clock: new FakeTimeProvider(BotHarness.Start));
        await SetUpAsync(bot);
        await SetNudgeChannelAsync(bot, GuildId, NudgeChannel);
        bot.Discord.Rest.Faults.CloseDirectMessages(MemberId);
        await bot.AdvanceSweepingAsync(Due);
        await bot.StopBotAsync();
        // What a kill -9 between Discord's answer and the write of 'sent' leaves behind (the channel was
        // written on the row before the post). Meanwhile the member used another server with a nudge
        // channel: the resend must still go where the first try went.
        await using (var connection = new SqliteConnection($"Data Source={bot.DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var crash = connection.CreateCommand();
            crash.CommandText = """
                UPDATE nudges SET state = 'sending', finished_at = NULL, message_id = NULL, reason = NULL WHERE member_id = $member;
                INSERT INTO guild_settings (guild_id, nudge_channel_id, updated_at) VALUES ($other, $otherChannel, 0);
                INSERT INTO guild_members (guild_id, member_id, first_seen_at, last_seen_at) VALUES ($other, $member, $now, $now);
                """;
            crash.Parameters.AddWithValue("$member", (long)MemberId);
            crash.Parameters.AddWithValue("$other", (long)OtherServer);
            crash.Parameters.AddWithValue("$otherChannel", (long)OtherServerChannel);
            crash.Parameters.AddWithValue("$now", Due.AddSeconds(10).ToUnixTimeMilliseconds());
            Assert.Equal(3, await crash.ExecuteNonQueryAsync());
        }

        // Back 30 seconds later, within two minutes of the claim: the sweep at start sends it again.
        bot.Clock!.Advance(TimeSpan.FromSeconds(30));
        await bot.StartBotAsync();
        await bot.Sweeps.WaitForAsync(bot.Clock!.GetUtcNow(), TimeSpan.FromSeconds(10));

        var posts = bot.Discord.Rest.Requests.ForRoute(FakeRoutes.CreateMessage).Where(r => r.Path == $"/api/v10/channels/{NudgeChannel}/messages").ToList();
        Assert.Equal(2, posts.Count);
        Assert.Equal([NudgeNonce.InChannel(MemberId, Due)], posts.Select(r => JsonNode.Parse(r.Body)!["nonce"]!.GetValue<string>()).Distinct());
        Assert.Equal(1, bot.Discord.Rest.Messages.Replays);
        Assert.Single(bot.Discord.Rest.Messages.In(NudgeChannel));
        Assert.Empty(bot.Discord.Rest.Messages.In(OtherServerChannel));
        Assert.Equal("sent", await ScalarAsync(bot, "SELECT state FROM nudges WHERE member_id = $member"));
    }

    [Fact]
    public async Task ButtonsInTheChannel_AnotherMemberIsRefusedAndNothingChanges_TheMemberItIsForCanUseThem()
    {
        await using var bot = await DiscordBotHarness.StartAsync(clock: new FakeTimeProvider(BotHarness.Start));
        var next = await SetUpAsync(bot);
        await SetNudgeChannelAsync(bot, GuildId, NudgeChannel);
        bot.Discord.Rest.Faults.CloseDirectMessages(MemberId);
        await bot.AdvanceSweepingAsync(Due);
        var buttons = bot.Discord.Rest.Messages.In(NudgeChannel)[0]["components"]![0]!["components"]!.AsArray();
        string Button(string label) => buttons.Single(b => b!["label"]!.GetValue<string>() == label)!["custom_id"]!.GetValue<string>();

        var refused = new List<RecordedRequest>();
        foreach (var label in new[] { "Done", "Skip this week", "Stop nudges" })
        {
            refused.Add(await bot.InteractAsync(DiscordBotHarness.Prepare(ChallengeInteractions.Click(OtherMemberId, Button(label)))));
        }

        Assert.All(refused, answer =>
        {
            Assert.Equal($"These buttons are for <@{MemberId}>'s nudge; use `/nudges` for your own.", Content(answer));
            Assert.Equal(64, JsonNode.Parse(answer.Body)!["data"]!["flags"]!.GetValue<int>());
        });
        // Nothing changed: nudges still on, nothing skipped, the milestone not done, and the other member has no nudges.
        var status = Description(await bot.CommandAsync("nudges", Sub("status")));
        Assert.StartsWith("**On:** ", status, StringComparison.Ordinal);
        Assert.DoesNotContain("**Skipped:**", status, StringComparison.Ordinal);
        Assert.Equal("0", await ScalarAsync(bot, $"SELECT count(*) FROM nudge_settings WHERE member_id = {OtherMemberId}"));

        var done = await bot.InteractAsync(DiscordBotHarness.Prepare(ChallengeInteractions.Click(MemberId, Button("Done"))));
        Assert.StartsWith($"✅ Marked **{next}** as done.", Content(done), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NudgeButtonsWithoutTheMember_StillWorkInADm_AndAreRefusedInAServer()
    {
        await using var bot = await DiscordBotHarness.StartAsync(clock: new FakeTimeProvider(BotHarness.Start));
        await SetUpAsync(bot);
        const string oldStop = "v1:nudge:stop";

        var inServer = await bot.InteractAsync(DiscordBotHarness.Prepare(ChallengeInteractions.Click(MemberId, oldStop)));
        Assert.Equal("This button no longer works. `/nudges status` shows your own weekly nudge.", Content(inServer));
        Assert.StartsWith("**On:** ", Description(await bot.CommandAsync("nudges", Sub("status"))), StringComparison.Ordinal);

        // In the DM (no server, the member is the interaction's user), as every nudge before this change.
        await bot.InteractAsync(DiscordBotHarness.Prepare(ClickBy(MemberId, "ada", oldStop)));
        Assert.StartsWith("**Off.**", Description(await bot.CommandAsync("nudges", Sub("status"))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NudgeChannelMissingPermissions_TheFailedPostIsListedInModConfigShow_AndNudgesPauseAsBefore()
    {
        await using var bot = await DiscordBotHarness.StartAsync(clock: new FakeTimeProvider(BotHarness.Start));
        await SetUpAsync(bot);
        await SetNudgeChannelAsync(bot, GuildId, NudgeChannel);
        bot.Discord.Rest.Faults.CloseDirectMessages(MemberId);
        bot.Discord.Rest.Faults.DenyChannel(NudgeChannel, 50013);

        await bot.AdvanceSweepingAsync(Due);
        var show = await ModConfigShowAsync(bot);
        var status = Description(await bot.CommandAsync("nudges", Sub("status")));

        // Tried once in the channel, refused, never retried; nothing there.
        Assert.Equal(403, Assert.Single(bot.Discord.Rest.Requests.ForRoute(FakeRoutes.CreateMessage), r => r.Path == $"/api/v10/channels/{NudgeChannel}/messages").Status);
        Assert.Empty(bot.Discord.Rest.Messages.In(NudgeChannel));
        var at = Due.ToUnixTimeSeconds();
        Assert.Contains(
            $"• The weekly nudge for <@{MemberId}> (their direct messages are closed) in the nudge channel, <t:{at}:F> (<t:{at}:R>): Discord said **Missing Permissions** (error 50013): give the bot **Send Messages** and **Embed Links** in the nudge channel.",
            show,
            StringComparison.Ordinal);
        Assert.StartsWith("**Paused:** I could not send you a direct message: your DMs are closed to me.", status, StringComparison.Ordinal);
        Assert.Contains("(Discord error 50007)", status, StringComparison.Ordinal);

        // The failed post names the member: /privacy forget takes it away with the rest.
        Assert.Equal("1", await ScalarAsync(bot, "SELECT count(*) FROM cohort_posts WHERE kind = 'nudge' AND subject_id = $member"));
        await bot.Host!.Services.GetRequiredService<Roadmap.Bot.Privacy.PrivacyStore>().ForgetAsync(MemberId, CancellationToken.None);
        Assert.Equal("0", await ScalarAsync(bot, "SELECT count(*) FROM cohort_posts WHERE kind = 'nudge' AND subject_id = $member"));
    }

    /// <summary>
    /// Ada finishes the first milestone, sets Berlin as her zone and asks for nudges on Sundays at
    /// 11:01, a minute from now, and has used the bot in the test server. Returns the title /next suggests.
    /// </summary>
    private static async Task<string> SetUpAsync(DiscordBotHarness bot)
    {
        await bot.CommandAsync("done", Option("milestone", "how-the-internet-works"));
        await bot.CommandAsync("profile", Option("timezone", "Europe/Berlin"));
        var next = await bot.CommandAsync("next");
        var on = await bot.CommandAsync("nudges", Sub("on", Option("day", "sunday"), Option("time", "11:01")));
        Assert.StartsWith("🔔 Weekly nudges are on", Content(on), StringComparison.Ordinal);
        // What the worker's flusher writes within a second of those commands, written now so the test does not wait on it.
        await bot.Host!.Services.GetRequiredService<GuildMemberStore>().RecordSeenAsync(GuildId, MemberId, CancellationToken.None);
        var title = JsonNode.Parse(next.Body)!["data"]!["embeds"]![0]!["title"]!.GetValue<string>();
        return title["Next: ".Length..];
    }

    private static async Task SetNudgeChannelAsync(DiscordBotHarness bot, ulong guildId, ulong channelId) =>
        Assert.Equal(channelId, (await bot.Host!.Services.GetRequiredService<GuildSettingsStore>().SetNudgeChannelAsync(guildId, channelId, CancellationToken.None)).NudgeChannelId);

    /// <summary>
    /// What a moderator reads from <c>/mod config show</c> in the test server: from the callback, or
    /// from the edit that follows when the bot deferred (a slow moment past Discord:DeferAfter).
    /// </summary>
    private static async Task<string> ModConfigShowAsync(DiscordBotHarness bot)
    {
        var prepared = DiscordBotHarness.Prepare(CohortCalls.Mod("config", "show"));
        var callback = await bot.InteractAsync(prepared);
        if (JsonNode.Parse(callback.Body)!["type"]!.GetValue<int>() != 5)
        {
            return Description(callback);
        }

        var edit = await bot.Discord.Rest.Requests.WaitForAsync(r => r.Route == FakeRoutes.EditOriginal && r.Path.Contains(prepared.Token, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        return JsonNode.Parse(edit.Body)!["embeds"]![0]!["description"]!.GetValue<string>();
    }

    private static async Task<string?> ScalarAsync(DiscordBotHarness bot, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={bot.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$member", (long)MemberId);
        return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static string Content(RecordedRequest answer) => JsonNode.Parse(answer.Body)!["data"]!["content"]!.GetValue<string>();

    private static string Description(RecordedRequest answer) => JsonNode.Parse(answer.Body)!["data"]!["embeds"]![0]!["description"]!.GetValue<string>();
}
