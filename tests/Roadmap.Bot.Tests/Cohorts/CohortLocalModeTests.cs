using Roadmap.Bot.Hosting.LocalMode;
using Roadmap.Bot.Tests.Fakes;

namespace Roadmap.Bot.Tests.Cohorts;

/// <summary>
/// Cohorts in local mode, through the bot's own process: a one-server world where the local member is
/// the moderator, and what the bot would post in a channel is printed as <c>#channel: …</c>.
/// </summary>
public sealed class CohortLocalModeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("roadmap-local-cohorts-").FullName;

    [Fact]
    public async Task LocalMember_CreatesACohortWithAChannel_JoinsIt_AndSeesTheRoster()
    {
        var (exitCode, output) = await PipedBot.RunAsync(_folder, [],
            "/profile timezone:Europe/Berlin",
            "/mod cohort create name:\"Spring 2027\" starts:2027-03-01 channel:555",
            "/cohort join cohort:\"Spring 2027\"",
            "/mod cohort members cohort:\"Spring 2027\"");

        Assert.Equal(0, exitCode);
        Assert.Contains("✅ Created the cohort Spring 2027.", output, StringComparison.Ordinal);
        Assert.Contains("📣 Roadmap Coach in #555:\n📚 This channel is now the home of the cohort Spring 2027", output, StringComparison.Ordinal);
        Assert.DoesNotContain(LocalMessage.DirectMessage, output, StringComparison.Ordinal);
        Assert.Contains("🎉 You joined Spring 2027.", output, StringComparison.Ordinal);
        Assert.Contains("1. @member 1 · 0 of ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Only moderators can do this", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LocalMember_IsInTheLocalServer_SoServerWideInsightsCountTheirProgress()
    {
        var (exitCode, output) = await PipedBot.RunAsync(_folder, [],
            "/done milestone:how-the-internet-works",
            "/mod insights");

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("Nobody here has used the roadmap yet", output, StringComparison.Ordinal);
        Assert.Contains("How the internet and the web work: 1", output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
