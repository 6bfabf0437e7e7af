using Roadmap.Bot.Hosting.LocalMode;
using Roadmap.Bot.Nudges;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Testing;

namespace Roadmap.Bot.Tests.Nudges;

/// <summary>
/// Local mode's nudge: shown in the running terminal chat as a message from the bot, while the
/// member sits at the prompt, with buttons they press by number like any other.
/// </summary>
public sealed class LocalNudgeSenderTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private static readonly LocalMember Ada = new(InteractionFactory.MemberId, "Ada");

    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    /// <summary>Inside the bot's temporary folder, removed with it; nothing here saves a file.</summary>
    private string Exports => Path.Combine(Path.GetDirectoryName(_bot.DatabasePath)!, "exports");

    [Fact]
    public async Task Send_WhileTheChatWaits_ShowsTheNudgeAndItsDoneButtonWorks()
    {
        var inbox = new LocalInbox();
        var input = new ScriptedReader();
        var output = new ObservedWriter();
        var chat = new ConsoleChat(_bot.Router, input, output, Ada, Exports, isInteractive: false, inbox: inbox);
        var running = chat.RunAsync(CancellationToken.None);
        var sender = new LocalNudgeSender(_bot.Get<NudgeComposer>(), inbox);

        var delivery = await sender.SendAsync(new DueNudge(Ada.UserId, BotHarness.Start, IsLate: false, DmChannelId: null), CancellationToken.None);
        await output.WaitForAsync("[4] Stop nudges", Wait);
        input.Type("2");
        await output.WaitForAsync("Marked How the internet works as done.", Wait);
        input.End();

        Assert.Equal(0, await running);
        Assert.Equal(NudgeDeliveryOutcome.Sent, delivery.Outcome);
        Assert.Equal("how-the-internet-works", delivery.MilestoneId);
        Assert.Contains($"{ConsoleChat.InboxHeading}\nThis week: How the internet works", output.Text, StringComparison.Ordinal);
        Assert.Contains("[1] Start  [2] Done  [3] Skip this week  [4] Stop nudges", output.Text, StringComparison.Ordinal);
        Assert.Contains("**1** done", BotHarness.Text(await _bot.RunAsync("progress")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_WhileSomeoneTypes_StartsOnItsOwnLineAndPromptsAgain()
    {
        var inbox = new LocalInbox();
        var input = new ScriptedReader();
        var output = new ObservedWriter();
        var chat = new ConsoleChat(_bot.Router, input, output, Ada, Exports, isInteractive: true, inbox: inbox);
        var running = chat.RunAsync(CancellationToken.None);
        await output.WaitForAsync("> ", Wait);

        await new LocalNudgeSender(_bot.Get<NudgeComposer>(), inbox).SendAsync(new DueNudge(Ada.UserId, BotHarness.Start, IsLate: true, DmChannelId: null), CancellationToken.None);
        await output.WaitForAsync("[4] Stop nudges\n\n> ", Wait);
        input.End();

        Assert.Equal(0, await running);
        Assert.Contains($"> \n{ConsoleChat.InboxHeading}\nThis week: How the internet works\n⏰ This nudge is late", output.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_AfterTheChatEnded_IsFailedNotLost()
    {
        var inbox = new LocalInbox();
        using var output = new StringWriter();
        var chat = new ConsoleChat(_bot.Router, new StringReader(""), output, Ada, Exports, isInteractive: false, inbox: inbox);
        await chat.RunAsync(CancellationToken.None);

        var delivery = await new LocalNudgeSender(_bot.Get<NudgeComposer>(), inbox)
            .SendAsync(new DueNudge(Ada.UserId, BotHarness.Start, IsLate: false, DmChannelId: null), CancellationToken.None);

        Assert.Equal(NudgeDeliveryOutcome.Failed, delivery.Outcome);
        Assert.DoesNotContain("This week:", output.ToString(), StringComparison.Ordinal);
    }
}
