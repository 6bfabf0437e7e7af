using Roadmap.Bot.Hosting.LocalMode;
using Roadmap.Bot.Tests.Fakes;

namespace Roadmap.Bot.Tests.Hosting.LocalMode;

public sealed class ConsoleChatTests : IDisposable
{
    private static readonly LocalMember Ada = new(77, "Ada");
    private readonly TempFolder _exports = new();
    private readonly FakeStepCommand _step = new();

    public void Dispose() => _exports.Dispose();

    private async Task<(int ExitCode, string Output)> RunAsync(string script)
    {
        using var output = new StringWriter();
        var chat = new ConsoleChat(LocalModeRouter.Create(_step), new StringReader(script), output, Ada, _exports.Path, isInteractive: false);
        var exitCode = await chat.RunAsync(CancellationToken.None);
        return (exitCode, output.ToString().ReplaceLineEndings("\n"));
    }

    /// <summary>The transcript after the banner, which ends with the line about leaving.</summary>
    private async Task<string> TranscriptAsync(string script)
    {
        var (_, output) = await RunAsync(script);
        return output[(output.IndexOf("Ctrl+D to leave.\n\n", StringComparison.Ordinal) + "Ctrl+D to leave.\n\n".Length)..];
    }

    [Fact]
    public async Task RunAsync_Start_ShowsABannerWithHowToConnectAndBegin()
    {
        var (_, output) = await RunAsync("");

        Assert.StartsWith("Roadmap Coach, local mode.\nNo Discord token is configured, so the bot answers here in the terminal, with you as Ada.\n", output, StringComparison.Ordinal);
        Assert.Contains("set Discord__Token (the README's Discord setup shows how)", output, StringComparison.Ordinal);
        Assert.Contains("Start with /help to see every command, or /next to see what to do now.", output, StringComparison.Ordinal);
        Assert.Contains("Type exit or press Ctrl+D to leave.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_PipedScript_EchoesEachLineAnswersItAndExitsZero()
    {
        var (exitCode, output) = await RunAsync("/reminders on day:monday\n\n# a comment\n/log topic:http hours:2 member:me\n");

        Assert.Equal(0, exitCode);
        Assert.EndsWith("""
            > /reminders on day:monday
            (only you can see this)
            reminders on: day=monday time= weeks=

            > /log topic:http hours:2 member:me
            topic=http hours=2 pace= public= member=Ada

            Bye.

            """, output, StringComparison.Ordinal);
        Assert.DoesNotContain("comment", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_OutOfRangeNumber_IsRefusedByTheSharedOptionParser()
    {
        var transcript = await TranscriptAsync("/reminders snooze weeks:12");

        Assert.Equal("> /reminders snooze weeks:12\n(only you can see this)\n`weeks` must be a whole number from 1 to 8.\n\nBye.\n", transcript);
    }

    [Fact]
    public async Task RunAsync_TypoInCommand_AnswersWithDidYouMean()
    {
        var transcript = await TranscriptAsync("/stpe milestone:http-basics");

        Assert.Equal("> /stpe milestone:http-basics\n(only you can see this)\nI don't know `/stpe`. Did you mean `/step`? Type `/help` to see every command.\n\nBye.\n", transcript);
    }

    [Fact]
    public async Task RunAsync_NumberOfAButton_ClicksItAsTheLocalMember()
    {
        var transcript = await TranscriptAsync("/step milestone:http-basics\n1");

        Assert.EndsWith("> 1\n(only you can see this)\nStarted `http-basics`.\n\nBye.\n", transcript, StringComparison.Ordinal);
        Assert.Equal("start http-basics by 77 on message 2", Assert.Single(_step.Clicks));
    }

    [Fact]
    public async Task RunAsync_NumberOfASelectOption_PicksThatValue()
    {
        var transcript = await TranscriptAsync("/step milestone:http-basics\n4");

        Assert.Contains("> 4\nstoring-data <https://example.org/storing-data>\n", transcript, StringComparison.Ordinal);
        Assert.Equal("open storing-data by 77 on message 2", Assert.Single(_step.Clicks));
    }

    [Fact]
    public async Task RunAsync_ReplyWithoutComponents_KeepsTheEarlierActions()
    {
        await TranscriptAsync("/step milestone:http-basics\n1\n/log topic:x\n2");

        Assert.Equal(["start http-basics by 77 on message 2", "done http-basics by 77 on message 2"], _step.Clicks);
    }

    [Fact]
    public async Task RunAsync_UpdatedMessage_ReplacesTheActions()
    {
        var transcript = await TranscriptAsync("/step milestone:http-basics\n2\n2\n1\n1");

        Assert.EndsWith("""
            > 2
            (updates the message above)
            Ada finished `http-basics`.

            [1] Undo

            > 2
            (only you can see this)
            There is no action 2; the only action is 1.

            > 1
            (updates the message above)
            `http-basics` is open again.

            > 1
            (only you can see this)
            There is no action 1: nothing on screen has buttons or menus right now. Replies that do show their actions as [1], [2], …

            Bye.

            """, transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ClickOnAnUpdatedMessage_CarriesTheSameMessageId()
    {
        await TranscriptAsync("/step milestone:http-basics\n2\n1");

        Assert.Equal(["done http-basics by 77 on message 2", "undo http-basics by 77 on message 2"], _step.Clicks);
    }

    [Fact]
    public async Task RunAsync_NumberBeyondTheActions_SaysWhichNumbersExist()
    {
        var transcript = await TranscriptAsync("/step milestone:http-basics\n7");

        Assert.EndsWith("> 7\n(only you can see this)\nThere is no action 7; the actions are 1-5.\n\nBye.\n", transcript, StringComparison.Ordinal);
        Assert.Empty(_step.Clicks);
    }

    [Fact]
    public async Task RunAsync_ReplyWithAFile_WritesItToTheExportFolderAndPrintsThePath()
    {
        var transcript = await TranscriptAsync("/privacy export");

        var path = Path.Combine(_exports.Path, "roadmap-export-77.json");
        Assert.Equal("""{"member":"77"}""", await File.ReadAllTextAsync(path));
        Assert.Equal($"> /privacy export\n(only you can see this)\nHere is everything the bot keeps about you.\n\nSaved to {path} (your data)\n\nBye.\n", transcript);
    }

    [Fact]
    public async Task RunAsync_Exit_StopsBeforeTheNextLine()
    {
        var (exitCode, output) = await RunAsync("exit\n/privacy forget\n");

        Assert.Equal(0, exitCode);
        Assert.EndsWith("> exit\nBye.\n", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Forgotten", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_InteractiveInputEnds_SaysByeOnANewLineAndExitsZero()
    {
        using var output = new StringWriter();
        var chat = new ConsoleChat(LocalModeRouter.Create(), new StringReader("/privacy forget\n"), output, Ada, _exports.Path, isInteractive: true);

        var exitCode = await chat.RunAsync(CancellationToken.None);

        Assert.Equal(0, exitCode);
        Assert.EndsWith("Ctrl+D to leave.\n\n> (only you can see this)\nForgotten.\n\n> \nBye.\n", output.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_CancelledWhileWaitingForInput_StopsCleanly()
    {
        using var output = new StringWriter();
        using var cancellation = new CancellationTokenSource();
        using var input = new NeverEndingReader();
        var chat = new ConsoleChat(LocalModeRouter.Create(), input, output, Ada, _exports.Path, isInteractive: true);

        var run = chat.RunAsync(cancellation.Token);
        await cancellation.CancelAsync();

        Assert.Equal(ConsoleChat.Interrupted, await run.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.EndsWith("> \nStopped.\n", output.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}
