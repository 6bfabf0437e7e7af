using Roadmap.Bot.Content;
using Roadmap.Bot.Tests.Fakes;

namespace Roadmap.Bot.Tests.Content;

public sealed class ContentCheckTests : IDisposable
{
    private readonly ContentFolderBuilder _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Run_RealContent_PrintsSummaryAndExitsZero()
    {
        var output = new StringWriter();

        var exitCode = ContentCheck.Run(RepositoryPaths.Content, output);

        Assert.True(exitCode == 0, output.ToString());
        Assert.Contains("is valid.", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Project ideas:", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ValidFolder_PrintsStagesProjectsAndStacks()
    {
        var output = new StringWriter();

        var exitCode = ContentCheck.Run(_content.Folder, output);

        var text = output.ToString();
        Assert.Equal(0, exitCode);
        Assert.Contains("Backend Developer: 2 stages, 3 milestones, 12 hours in all", text, StringComparison.Ordinal);
        Assert.Contains("Project ideas: 1 (1 beginner, 0 intermediate, 0 advanced)", text, StringComparison.Ordinal);
        Assert.Contains("Stacks covered: 2", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ValidFolder_PrintsCumulativeHoursOfEachStage()
    {
        var output = new StringWriter();

        ContentCheck.Run(_content.Folder, output);

        Assert.Contains("1. Basics                                      2 milestones,    8 h, hours    0 to    8", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("2. Later                                       1 milestones,    4 h, hours    8 to   12", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_PrerequisiteListedLater_CumulativeHoursFollowTheOrderNextSuggests()
    {
        _content.WriteMilestone("third-step", prerequisites: "[]");
        _content.WriteMilestone("second-step", prerequisites: "[third-step]");
        var output = new StringWriter();

        ContentCheck.Run(_content.Folder, output);

        // /next gives first-step, then third-step (second-step waits for it), then second-step.
        Assert.Contains("1. Basics                                      2 milestones,    8 h, hours    0 to   12", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("2. Later                                       1 milestones,    4 h, hours    4 to    8", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("duplicate", "second-step.yml:1: The milestone id `second-step` is already used")]
    [InlineData("cycle", "first-step.yml:6: Prerequisites form a cycle: first-step → third-step → second-step → first-step.")]
    [InlineData("http", "second-step.yml:13: `http://example.org/docs` is not an https address.")]
    [InlineData("long-title", "third-step.yml:2: `title` renders as a card title of 300 characters; Discord allows 256.")]
    [InlineData("broken-yaml", "second-step.yml:2: This is not valid YAML")]
    [InlineData("uses", "second-step.yml:7: `second-step` uses `third-step`, but `third-step` is not among its prerequisites")]
    public void Run_BrokenContent_PrintsFileLineAndExitsOne(string fault, string expected)
    {
        Break(fault);
        var output = new StringWriter();

        var exitCode = ContentCheck.Run(_content.Folder, output);

        Assert.Equal(1, exitCode);
        Assert.Contains(expected, output.ToString(), StringComparison.Ordinal);
        Assert.Contains("    fix: ", output.ToString(), StringComparison.Ordinal);
    }

    private void Break(string fault)
    {
        switch (fault)
        {
            case "duplicate":
                _content.WriteMilestone("second-step", fileName: "second-step-again");
                break;
            case "cycle":
                _content.WriteMilestone("first-step", prerequisites: "[third-step]");
                break;
            case "http":
                _content.WriteMilestone("second-step", prerequisites: "[first-step]", url: "http://example.org/docs");
                break;
            case "long-title":
                _content.WriteMilestone("third-step", prerequisites: "[second-step]", title: new string('x', 300));
                break;
            case "uses":
                _content.WriteMilestone("second-step", prerequisites: "[first-step]", uses: "[third-step]");
                break;
            case "broken-yaml":
                _content.Write("tracks/backend/milestones/second-step.yml", "id: second-step\ntitle: [unclosed\nsummary: x\n");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(fault), fault, "Unknown fault.");
        }
    }
}
