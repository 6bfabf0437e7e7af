using System.Text.RegularExpressions;
using Roadmap.Bot.Tests.Fakes;

namespace Roadmap.Bot.Tests.Nudges;

/// <summary>
/// `nudges preview` as the README shows it: the bot's own process (or the native binary under
/// ROADMAP_BOT_UNDER_TEST), on the database a local-mode session set nudges up in.
/// </summary>
public sealed partial class NudgePreviewProcessTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("roadmap-preview-").FullName;

    [Fact]
    public async Task Preview_AfterTurningNudgesOnLocally_PrintsTheNextWeeksOnTheClockAndInUtc()
    {
        var (chatExit, chat) = await RunAsync([], "/profile timezone:Europe/Berlin", "/nudges on day:friday time:18:30");
        Assert.Equal(0, chatExit);
        Assert.Contains("Weekly nudges are on: Fridays at 18:30, Europe/Berlin.", chat, StringComparison.Ordinal);

        var (exitCode, output) = await RunAsync(["nudges", "preview", "--weeks", "3"]);

        Assert.Equal(0, exitCode);
        var lines = output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal("Weekly nudges for Local learner: on, Fridays at 18:30, Europe/Berlin.", lines[0]);
        Assert.Equal("The next 3, on the member's clock and in UTC:", lines[1]);
        var nudges = lines[2..];
        Assert.Equal(3, nudges.Length);
        // 18:30 in Berlin is 17:30 UTC in winter (+01) and 16:30 in summer (+02).
        Assert.All(nudges, line => Assert.Matches(PreviewLine(), line));
        var utc = nudges.Select(line => DateTime.Parse(PreviewLine().Match(line).Groups["utc"].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.All(utc.Zip(utc.Skip(1), (a, b) => (b - a).TotalHours), hours => Assert.InRange(hours, 167, 169));
    }

    [Fact]
    public async Task Preview_NudgesOff_SaysHowToTurnThemOnAndExits1()
    {
        var (chatExit, _) = await RunAsync([], "/profile timezone:Europe/Berlin");
        Assert.Equal(0, chatExit);

        var (exitCode, output) = await RunAsync(["nudges", "preview"]);

        Assert.Equal(1, exitCode);
        Assert.Contains("Weekly nudges are off for Local learner. Turn them on in the bot with `/nudges on day: time:`", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--weeks", "0")]
    [InlineData("--weeks", "many")]
    [InlineData("--days", "3")]
    public async Task Preview_BadArguments_PrintsTheUsageAndExits1(string option, string value)
    {
        var (exitCode, output) = await RunAsync(["nudges", "preview", option, value]);

        Assert.Equal(1, exitCode);
        Assert.Contains("Usage: nudges preview [--weeks N]", output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [GeneratedRegex(@"^  Friday \d{1,2} \w+ \d{4}, 18:30 \((?:\+01\) +(?<utc>\d{4}-\d\d-\d\d 17:30)|\+02\) +(?<utc>\d{4}-\d\d-\d\d 16:30)) UTC$")]
    private static partial Regex PreviewLine();

    private Task<(int ExitCode, string Output)> RunAsync(string[] args, params string[] lines) => PipedBot.RunAsync(_folder, args, lines);
}
