using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Bot.Nudges;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Discord.Rest;
using Roadmap.Testing.OpenApi;
using Roadmap.Testing.Rest;
using static Roadmap.Testing.InteractionFactory;

namespace Roadmap.Bot.Tests.Nudges;

/// <summary>
/// The nudge sender of the real host (the <see cref="INudgeSender"/> AddDiscordBot registers) against
/// the fake Discord: one DM with the right milestone, never a second for the same nudge, closed DMs as
/// an outcome, the DM channel opened once, and the Done button working from the DM after a restart.
/// </summary>
public sealed class DiscordNudgeSenderTests
{
    private static readonly DateTimeOffset Due = new(2026, 11, 27, 17, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Send_DeliversOneDmWithTheNextMilestone()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        await bot.CommandAsync("done", Option("milestone", "how-the-internet-works"));

        var delivery = await SenderOf(bot).SendAsync(new DueNudge(MemberId, Due, IsLate: false, DmChannelId: null), CancellationToken.None);

        var channelId = bot.Discord.Rest.State.DmChannelOf(MemberId);
        Assert.NotNull(channelId);
        Assert.Equal(NudgeDeliveryOutcome.Sent, delivery.Outcome);
        Assert.Equal(channelId, delivery.DmChannelId);
        Assert.Equal("http-basics", delivery.MilestoneId);
        var message = Assert.Single(bot.Discord.Rest.Messages.In(channelId.Value));
        Assert.Equal(delivery.MessageId?.ToString(System.Globalization.CultureInfo.InvariantCulture), message["id"]!.GetValue<string>());
        Assert.Equal("This week: HTTP requests and responses", message["embeds"]![0]!["title"]!.GetValue<string>());
        var request = Assert.Single(bot.Discord.Rest.Requests.ForRoute(FakeRoutes.CreateMessage));
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal(NudgeNonce.For(MemberId, Due), body.RootElement.GetProperty("nonce").GetString());
        Assert.True(body.RootElement.GetProperty("enforce_nonce").GetBoolean());
        Assert.Equal("""{"parse":[]}""", body.RootElement.GetProperty("allowed_mentions").GetRawText());
        Assert.Empty(OpenApiValidator.Discord.Validate(request.Body, "MessageCreateRequest"));
    }

    [Fact]
    public async Task Send_TheSameNudgeTwice_LeavesOneMessage()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        var nudge = new DueNudge(MemberId, Due, IsLate: false, DmChannelId: null);

        var first = await SenderOf(bot).SendAsync(nudge, CancellationToken.None);
        var again = await SenderOf(bot).SendAsync(nudge, CancellationToken.None);

        Assert.Equal(NudgeDeliveryOutcome.Sent, again.Outcome);
        Assert.Equal(first.MessageId, again.MessageId);
        Assert.Equal(2, bot.Discord.Rest.Requests.ForRoute(FakeRoutes.CreateMessage).Count);
        Assert.Equal(1, bot.Discord.Rest.Messages.Count);
        Assert.Equal(1, bot.Discord.Rest.Messages.Replays);
    }

    [Fact]
    public async Task Send_DmsClosed_IsDmsClosedWith50007()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        bot.Discord.Rest.Faults.CloseDirectMessages(MemberId);

        var delivery = await SenderOf(bot).SendAsync(new DueNudge(MemberId, Due, IsLate: false, DmChannelId: null), CancellationToken.None);

        Assert.Equal(NudgeDeliveryOutcome.DmsClosed, delivery.Outcome);
        Assert.Equal(DiscordErrorCodes.CannotSendMessagesToThisUser, delivery.ErrorCode);
        Assert.Equal(0, bot.Discord.Rest.Messages.Count);
    }

    [Fact]
    public async Task Send_OtherRefusal_IsFailedWithDiscordsCode()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        bot.Discord.Rest.Faults.InjectErrorBody(403, """{"code":50001,"message":"Missing Access"}""", FakeRoutes.CreateMessage);

        var delivery = await SenderOf(bot).SendAsync(new DueNudge(MemberId, Due, IsLate: false, DmChannelId: null), CancellationToken.None);

        Assert.Equal(NudgeDeliveryOutcome.Failed, delivery.Outcome);
        Assert.Equal(DiscordErrorCodes.MissingAccess, delivery.ErrorCode);
        Assert.Equal("Missing Access", delivery.Reason);
        Assert.Equal(0, bot.Discord.Rest.Messages.Count);
    }

    [Fact]
    public async Task Send_Cancelled_ThrowsAndSendsNothing()
    {
        await using var bot = await DiscordBotHarness.StartAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            SenderOf(bot).SendAsync(new DueNudge(MemberId, Due, IsLate: false, DmChannelId: 1234), new CancellationToken(canceled: true)));

        Assert.Empty(bot.Discord.Rest.Requests.ForRoute(FakeRoutes.CreateMessage));
    }

    [Fact]
    public async Task Send_WithTheKeptDmChannel_OpensItOnlyOnce()
    {
        await using var bot = await DiscordBotHarness.StartAsync();

        var first = await SenderOf(bot).SendAsync(new DueNudge(MemberId, Due, IsLate: false, DmChannelId: null), CancellationToken.None);
        var second = await SenderOf(bot).SendAsync(new DueNudge(MemberId, Due.AddDays(7), IsLate: false, first.DmChannelId), CancellationToken.None);

        Assert.Equal(NudgeDeliveryOutcome.Sent, second.Outcome);
        Assert.Equal(first.DmChannelId, second.DmChannelId);
        Assert.Single(bot.Discord.Rest.Requests.ForRoute(FakeRoutes.CreateDm));
        Assert.Equal(2, bot.Discord.Rest.Messages.In(first.DmChannelId!.Value).Count);
    }

    [Fact]
    public async Task Send_KeptDmChannelUnknownToDiscord_OpensItAgainAndSendsOnce()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        bot.Discord.Rest.Faults.InjectErrorBody(404, """{"code":10003,"message":"Unknown Channel"}""", FakeRoutes.CreateMessage);

        var delivery = await SenderOf(bot).SendAsync(new DueNudge(MemberId, Due, IsLate: false, DmChannelId: 999), CancellationToken.None);

        var channelId = bot.Discord.Rest.State.DmChannelOf(MemberId);
        Assert.Equal(NudgeDeliveryOutcome.Sent, delivery.Outcome);
        Assert.Equal(channelId, delivery.DmChannelId);
        Assert.Single(bot.Discord.Rest.Requests.ForRoute(FakeRoutes.CreateDm));
        Assert.Single(bot.Discord.Rest.Messages.In(channelId!.Value));
        Assert.Equal(1, bot.Discord.Rest.Messages.Count);
    }

    [Fact]
    public async Task DoneButton_PressedInTheDmAfterARestart_MarksTheMilestoneDone()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        var delivery = await SenderOf(bot).SendAsync(new DueNudge(MemberId, Due, IsLate: false, DmChannelId: null), CancellationToken.None);
        var message = Assert.Single(bot.Discord.Rest.Messages.In(delivery.DmChannelId!.Value));
        var done = message["components"]![0]!["components"]!.AsArray().Single(b => b!["label"]!.GetValue<string>() == "Done")!["custom_id"]!.GetValue<string>();

        await bot.StopBotAsync();
        await bot.StartBotAsync();
        var click = await bot.InteractAsync(DiscordBotHarness.Prepare(ClickBy(MemberId, "ada", done) with { ChannelId = delivery.DmChannelId }));
        var progress = await bot.CommandAsync("progress");

        Assert.Equal($"v1:nudge:done:how-the-internet-works:{MemberId}", done);
        using var answer = JsonDocument.Parse(click.Body);
        Assert.Equal(64, answer.RootElement.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.StartsWith("✅ Marked **How the internet works** as done.", answer.RootElement.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Contains("**1** done", JsonNode.Parse(progress.Body)!["data"]!["embeds"]![0]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_ANudgeAskingKeep_CarriesTheQuestionAndTheKeepButtonUnderTheUsualOnes()
    {
        await using var bot = await DiscordBotHarness.StartAsync();

        var delivery = await SenderOf(bot).SendAsync(new DueNudge(MemberId, Due, IsLate: false, DmChannelId: null, AsksKeep: true), CancellationToken.None);

        var message = Assert.Single(bot.Discord.Rest.Messages.In(delivery.DmChannelId!.Value));
        Assert.Equal(NudgeMessage.KeepQuestion, message["content"]!.GetValue<string>());
        var rows = message["components"]!.AsArray();
        Assert.Equal(["Start", "Done", "Skip this week", "Stop nudges"], rows[0]!["components"]!.AsArray().Select(b => b!["label"]!.GetValue<string>()));
        var keep = Assert.Single(rows[1]!["components"]!.AsArray())!;
        Assert.Equal((NudgeButtons.KeepLabel, $"v1:nudge:keep:{Due.ToUnixTimeMilliseconds()}:{MemberId}"), (keep["label"]!.GetValue<string>(), keep["custom_id"]!.GetValue<string>()));
        var request = Assert.Single(bot.Discord.Rest.Requests.ForRoute(FakeRoutes.CreateMessage));
        Assert.Empty(OpenApiValidator.Discord.Validate(request.Body, "MessageCreateRequest"));
    }

    private static INudgeSender SenderOf(DiscordBotHarness bot) => bot.Host!.Services.GetRequiredService<INudgeSender>();
}
