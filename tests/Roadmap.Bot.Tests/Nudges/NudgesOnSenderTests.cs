using Roadmap.Bot.Hosting.LocalMode;
using Roadmap.Bot.Nudges;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Testing;

namespace Roadmap.Bot.Tests.Nudges;

/// <summary>/nudges on without Discord: the confirmation goes to the registered sender, and closed DMs leave nudges off.</summary>
public sealed class NudgesOnSenderTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task On_HandsTheSenderOneConfirmation()
    {
        await _bot.TurnOnNudgesAsync("Asia/Kolkata", "friday", "18:30");

        var (memberId, text) = Assert.Single(_bot.Get<FakeNudgeSender>().Confirmations);
        Assert.Equal(InteractionFactory.MemberId, memberId);
        Assert.StartsWith("🔔 You'll hear from me on Fridays at 18:30, Asia/Kolkata.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LocalSender_Confirm_PostsTheTextToTheTerminalChat()
    {
        var inbox = new LocalInbox();
        var sender = new LocalNudgeSender(_bot.Get<NudgeComposer>(), inbox);

        var delivery = await sender.ConfirmAsync(InteractionFactory.MemberId, null, "🔔 You'll hear from me on Mondays at 09:00, Europe/Berlin.", CancellationToken.None);
        inbox.Close();
        var closed = await sender.ConfirmAsync(InteractionFactory.MemberId, null, "too late", CancellationToken.None);

        Assert.Equal(NudgeDeliveryOutcome.Sent, delivery.Outcome);
        Assert.True(inbox.Reader.TryRead(out var message));
        Assert.Equal("🔔 You'll hear from me on Mondays at 09:00, Europe/Berlin.", message.Message.Content);
        Assert.Equal(LocalMessage.DirectMessage, message.Heading);
        Assert.Equal(NudgeDeliveryOutcome.Failed, closed.Outcome);
    }

    [Fact]
    public async Task On_WithoutATimeZone_SendsNothing()
    {
        var reply = await _bot.NudgesAsync("on");

        Assert.Equal(NudgeReplies.AskForTimeZone, reply.Content);
        Assert.Empty(_bot.Get<FakeNudgeSender>().Confirmations);
    }

    [Fact]
    public async Task On_DmsClosed_LeavesNudgesOff()
    {
        _bot.Get<FakeNudgeSender>().ConfirmAnswer = _ => new NudgeDelivery(NudgeDeliveryOutcome.DmsClosed, ErrorCode: 50007);
        await _bot.RunAsync("profile", ("timezone", "Europe/Berlin"));

        var reply = await _bot.NudgesAsync("on");

        Assert.True(reply.Ephemeral);
        Assert.Contains("weekly nudges are still off", reply.Content, StringComparison.Ordinal);
        Assert.Null((await _bot.NudgeStatusAsync()).Settings);
    }
}
