using System.Text.RegularExpressions;
using Roadmap.Bot.Hosting.LocalMode;
using Roadmap.Bot.Nudges;
using Roadmap.Bot.Tests.Fakes;

namespace Roadmap.Bot.Tests.Nudges;

/// <summary>
/// A nudge through the bot's own process in local mode (the native binary under ROADMAP_BOT_UNDER_TEST),
/// on the real clock: a first run sets nudges up as a member would; the test then moves the due time
/// in the database (the one thing a test cannot wait a week for), and a second run, still chatting,
/// prints the nudge in the terminal.
/// </summary>
public sealed partial class NudgeProcessTests : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly string _folder = Directory.CreateTempSubdirectory("roadmap-nudge-process-").FullName;

    private string DatabasePath => Path.Combine(_folder, "data", "roadmap.db");

    [Fact]
    public async Task NudgeOverdueAtStart_IsPrintedOnceSayingItIsLate_WithTheMilestoneNextSuggests()
    {
        var next = await SetUpAsync();
        await NudgeDueTime.SetAsync(DatabasePath, LocalMember.Default.UserId, DateTimeOffset.UtcNow.AddHours(-1));

        using var bot = StartChatting();
        await bot.WaitForLineAsync($"This week: {next}", Wait);
        bot.CloseInput();
        var exitCode = await bot.WaitForExitAsync(Wait);

        Assert.Equal(0, exitCode);
        Assert.Single(bot.Lines, l => l == ConsoleChat.InboxHeading);
        Assert.Single(bot.Lines, l => l.Contains(NudgeMessage.LateLine, StringComparison.Ordinal));
        Assert.Single(bot.Lines, l => l.Contains($"This week: {next}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NudgeComingDueWhileTheBotRuns_IsPrinted_AndItsDoneButtonMarksTheMilestone()
    {
        var next = await SetUpAsync();
        using var bot = StartChatting();
        await bot.WaitForLineAsync("Roadmap Coach, local mode.", Wait);

        // Due in a second: the sweep that runs every second while the chat waits sends it.
        await NudgeDueTime.SetAsync(DatabasePath, LocalMember.Default.UserId, DateTimeOffset.UtcNow.AddSeconds(1));
        await bot.WaitForLineAsync($"This week: {next}", Wait);
        await bot.WaitForLineAsync("] Done", Wait);
        await bot.TypeAsync(DoneAction().Match(bot.Lines.Last(l => l.Contains("] Done", StringComparison.Ordinal))).Groups["number"].Value);
        await bot.WaitForLineAsync($"✅ Marked {next} as done.", Wait);
        bot.CloseInput();

        Assert.Equal(0, await bot.WaitForExitAsync(Wait));
        Assert.Single(bot.Lines, l => l == ConsoleChat.InboxHeading);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>
    /// A first run, piped as the README shows: the first milestone done, the zone set, nudges on (next
    /// Monday). Returns the title /next suggested at the end of it.
    /// </summary>
    private async Task<string> SetUpAsync()
    {
        var (exitCode, output) = await PipedBot.RunAsync(_folder, [], "/done milestone:how-the-internet-works", "/profile timezone:UTC", "/nudges on day:monday time:09:00", "/next");
        Assert.Equal(0, exitCode);
        Assert.Contains("🔔 Weekly nudges are on: Mondays at 09:00, UTC.", output, StringComparison.Ordinal);
        // The confirmation the bot sent on its own comes right after the answer, before the next line.
        var confirmation = output.IndexOf(ConsoleChat.InboxHeading + "\n🔔 You'll hear from me on Mondays at 09:00, UTC.", StringComparison.Ordinal);
        Assert.InRange(confirmation, output.IndexOf("🔔 Weekly nudges are on", StringComparison.Ordinal), output.IndexOf("> /next", StringComparison.Ordinal));
        return NextTitle().Match(output).Groups["title"].Value;
    }

    /// <summary>Local mode with its input left open, sweeping every second so the test does not wait a minute.</summary>
    private RunningBot StartChatting() => RunningBot.Start(_folder, new Dictionary<string, string>
    {
        ["Database__Path"] = DatabasePath,
        ["Nudges__SweepInterval"] = "00:00:01",
    }, keepInputOpen: true);

    [GeneratedRegex(@"^Next: (?<title>.+)$", RegexOptions.Multiline)]
    private static partial Regex NextTitle();

    [GeneratedRegex(@"\[(?<number>\d+)\] Done")]
    private static partial Regex DoneAction();
}
