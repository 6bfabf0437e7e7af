using Roadmap.Bot.Browse;
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

        var exitCode = ContentCheck.Run(RepositoryPaths.Content, output, RoadmapBoxTitles.Check);

        Assert.True(exitCode == 0, output.ToString());
        Assert.Contains("is valid.", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Project ideas:", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_LongTitleWithAShortTitleThatFits_IsValid()
    {
        // One word wider than the box cannot wrap; it stays within Discord's limits for a title.
        var title = new string('W', 45);
        _content.WriteMilestone("third-step", prerequisites: "[second-step]", title: title);
        var withoutShortTitle = ContentCheck.Run(_content.Folder, TextWriter.Null, RoadmapBoxTitles.Check);
        _content.WriteMilestone("third-step", prerequisites: "[second-step]", title: title, shortTitle: "Long words");
        var output = new StringWriter();

        var exitCode = ContentCheck.Run(_content.Folder, output, RoadmapBoxTitles.Check);

        Assert.Equal(1, withoutShortTitle);
        Assert.True(exitCode == 0, output.ToString());
    }

    [Fact]
    public void Run_ValidFolder_PrintsStagesProjectsAndStacks()
    {
        var output = new StringWriter();

        var exitCode = ContentCheck.Run(_content.Folder, output, RoadmapBoxTitles.Check);

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

        ContentCheck.Run(_content.Folder, output, RoadmapBoxTitles.Check);

        Assert.Contains("1. Basics                                      2 milestones,    8 h, hours    0 to    8", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("2. Later                                       1 milestones,    4 h, hours    8 to   12", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_PrerequisiteListedLater_CumulativeHoursFollowTheOrderNextSuggests()
    {
        _content.WriteMilestone("third-step", prerequisites: "[]");
        _content.WriteMilestone("second-step", prerequisites: "[third-step]");
        var output = new StringWriter();

        ContentCheck.Run(_content.Folder, output, RoadmapBoxTitles.Check);

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
    [InlineData("map-title", "third-step.yml:2: The title of `third-step` does not fit its box on the /roadmap map, which would show \"Very long words")]
    [InlineData("map-short-title", "third-step.yml:24: The short title of `third-step` does not fit its box on the /roadmap map")]
    public void Run_BrokenContent_PrintsFileLineAndExitsOne(string fault, string expected)
    {
        Break(fault);
        var output = new StringWriter();

        var exitCode = ContentCheck.Run(_content.Folder, output, RoadmapBoxTitles.Check);

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
            case "map-title":
                // Card titles allow 256 characters; two lines of a map box hold far fewer.
                _content.WriteMilestone("third-step", prerequisites: "[second-step]", title: string.Concat(Enumerable.Repeat("Very long words ", 15)).Trim());
                break;
            case "map-short-title":
                _content.WriteMilestone("third-step", prerequisites: "[second-step]", shortTitle: string.Concat(Enumerable.Repeat("Still far too long ", 12)).Trim());
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
