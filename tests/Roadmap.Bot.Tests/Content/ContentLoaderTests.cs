using Roadmap.Bot.Content;
using Roadmap.Bot.Tests.Fakes;

namespace Roadmap.Bot.Tests.Content;

public sealed class ContentLoaderTests : IDisposable
{
    private readonly ContentFolderBuilder _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Load_ValidFolder_ReturnsMilestonesInTrackOrder()
    {
        var result = ContentLoader.Load(_content.Folder);

        Assert.Empty(result.Problems);
        Assert.Equal(["first-step", "second-step", "third-step"], result.Content!.Milestones.Select(m => m.Id));
        Assert.Equal("later", result.Content.StageOf(result.Content.Milestones[2]).Id);
        Assert.Equal(["todo-api"], result.Content.ProjectsFor(result.Content.Milestones[0]).Select(p => p.Id));
    }

    [Fact]
    public void Load_DuplicateMilestoneId_ReportsBothFilesAndLine()
    {
        _content.WriteMilestone("second-step", fileName: "second-step-copy");

        var problem = Assert.Single(ContentLoader.Load(_content.Folder).Problems, p => p.Message.Contains("already used", StringComparison.Ordinal));

        Assert.Equal("tracks/backend/milestones/second-step.yml", problem.Location.File);
        Assert.Equal(1, problem.Location.Line);
        Assert.Contains("second-step-copy.yml:1", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PrerequisiteCycle_PrintsTheCycle()
    {
        _content.WriteMilestone("first-step", prerequisites: "[third-step]");

        var problem = Assert.Single(ContentLoader.Load(_content.Folder).Problems);

        Assert.Equal("Prerequisites form a cycle: first-step → third-step → second-step → first-step.", problem.Message);
        Assert.Equal(new SourceLocation("tracks/backend/milestones/first-step.yml", 6), problem.Location);
    }

    [Fact]
    public void Load_HttpUrl_ReportsTheUrlLine()
    {
        _content.WriteMilestone("second-step", prerequisites: "[first-step]", url: "http://example.org/docs");

        var problem = Assert.Single(ContentLoader.Load(_content.Folder).Problems);

        Assert.Equal("`http://example.org/docs` is not an https address.", problem.Message);
        Assert.Equal(new SourceLocation("tracks/backend/milestones/second-step.yml", 13), problem.Location);
    }

    [Fact]
    public void Load_TitleTooLongForDiscord_ReportsTheTitleLine()
    {
        _content.WriteMilestone("third-step", prerequisites: "[second-step]", title: new string('x', 300));

        var problems = ContentLoader.Load(_content.Folder).Problems;

        Assert.Contains(problems, p => p.Message == "`title` renders as a card title of 300 characters; Discord allows 256." && p.Location.Line == 2);
        Assert.Contains(problems, p => p.Message.StartsWith("`title` renders as a menu choice", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_ShortTitle_IsReadForTheMap_AndIsNullWhenLeftOut()
    {
        _content.WriteMilestone("third-step", prerequisites: "[second-step]", title: "A title written out in full", shortTitle: "A title");

        var content = ContentLoader.LoadValid(_content.Folder);

        Assert.Equal(("A title written out in full", "A title"), (content.FindMilestone("third-step")?.Title, content.FindMilestone("third-step")?.ShortTitle));
        Assert.Null(content.FindMilestone("first-step")?.ShortTitle);
    }

    [Fact]
    public void Load_EmptyShortTitle_ReportsItsLine()
    {
        _content.WriteMilestone("third-step", prerequisites: "[second-step]", shortTitle: "\"\"");

        var problem = Assert.Single(ContentLoader.Load(_content.Folder).Problems);

        Assert.Equal("`short_title` must be a piece of text.", problem.Message);
        Assert.Equal(new SourceLocation("tracks/backend/milestones/third-step.yml", 24), problem.Location);
    }

    [Fact]
    public void Load_BrokenYaml_ReportsLineWithoutThrowing()
    {
        _content.Write("tracks/backend/milestones/second-step.yml", "id: second-step\ntitle: [unclosed\nsummary: x\n");

        var problem = Assert.Single(ContentLoader.Load(_content.Folder).Problems, p => p.Location.File.EndsWith("second-step.yml", StringComparison.Ordinal));

        Assert.StartsWith("This is not valid YAML", problem.Message, StringComparison.Ordinal);
        Assert.Equal(2, problem.Location.Line);
    }

    [Fact]
    public void Load_BadIndentation_ReportsTheParserLine()
    {
        _content.Write("projects/todo-api.yml", "id: todo-api\ntitle: To-do\n  level: beginner\nsummary: x\n");

        var problem = Assert.Single(ContentLoader.Load(_content.Folder).Problems);

        Assert.StartsWith("This is not valid YAML", problem.Message, StringComparison.Ordinal);
        Assert.Equal(new SourceLocation("projects/todo-api.yml", 3), problem.Location);
    }

    [Fact]
    public void Load_UnknownPrerequisite_SuggestsTheClosestId()
    {
        _content.WriteMilestone("second-step", prerequisites: "[frist-step]");

        var problem = Assert.Single(ContentLoader.Load(_content.Folder).Problems);

        Assert.Equal("The prerequisite `frist-step` is not a milestone. Did you mean `first-step`?", problem.Message);
    }

    [Fact]
    public void Load_UsesAMilestoneReachedThroughPrerequisites_IsValid()
    {
        _content.WriteMilestone("third-step", prerequisites: "[second-step]", uses: "[first-step]");

        Assert.Empty(ContentLoader.Load(_content.Folder).Problems);
    }

    [Fact]
    public void Load_UsesAMilestoneThatComesLater_ReportsTheUsesLine()
    {
        _content.WriteMilestone("second-step", prerequisites: "[first-step]", uses: "[third-step]");

        var problem = Assert.Single(ContentLoader.Load(_content.Folder).Problems);

        Assert.Equal("`second-step` uses `third-step`, but `third-step` is not among its prerequisites, directly or through theirs.", problem.Message);
        Assert.Equal(new SourceLocation("tracks/backend/milestones/second-step.yml", 7), problem.Location);
        Assert.Equal("Add `third-step` to the prerequisites of `second-step` (or of one of them), so a learner meets it first.", problem.Hint);
    }

    [Fact]
    public void Load_UsesAnUnknownMilestone_SuggestsTheClosestId()
    {
        _content.WriteMilestone("third-step", prerequisites: "[second-step]", uses: "[frist-step]");

        var problem = Assert.Single(ContentLoader.Load(_content.Folder).Problems);

        Assert.Equal("`third-step` uses `frist-step`, which is not a milestone. Did you mean `first-step`?", problem.Message);
        Assert.Equal(7, problem.Location.Line);
    }

    [Fact]
    public void Load_EmptyChecklistAndTooFewResources_ReportsEach()
    {
        _content.Write("tracks/backend/milestones/third-step.yml", """
            id: third-step
            title: Third
            summary: s
            why: w
            hours: 2
            prerequisites: [second-step]
            checklist: []
            resources:
              - title: Only one
                url: https://example.org/one
                kind: official
                free: true
            """);

        var messages = ContentLoader.Load(_content.Folder).Problems.Select(p => p.Message).ToList();

        Assert.Contains("The checklist of `third-step` is empty.", messages);
        Assert.Contains("`third-step` has 1 resources; at least 3 are needed.", messages);
    }

    [Fact]
    public void Load_UnknownStackAndKind_ReportsBoth()
    {
        _content.Write("tracks/backend/milestones/first-step.yml", File.ReadAllText(_content.PathOf("tracks/backend/milestones/first-step.yml"))
            .Replace("kind: book", "kind: podcast\n    stacks: [pyhton]", StringComparison.Ordinal));

        var messages = ContentLoader.Load(_content.Folder).Problems.Select(p => p.Message).ToList();

        Assert.Contains(messages, m => m.StartsWith("`kind` must be one of official, article", StringComparison.Ordinal));
        Assert.Contains("`pyhton` is not a stack. Did you mean `python`?", messages);
    }

    [Fact]
    public void Load_StackSpecificMilestoneMissingAStack_NamesTheStack()
    {
        var path = _content.PathOf("tracks/backend/milestones/first-step.yml");
        _content.Write("tracks/backend/milestones/first-step.yml", File.ReadAllText(path).Replace("hours: 4", "hours: 4\nstack_specific: true", StringComparison.Ordinal)
            .Replace("kind: book", "kind: book\n    stacks: [python]", StringComparison.Ordinal));

        var problem = Assert.Single(ContentLoader.Load(_content.Folder).Problems);

        Assert.Equal("`first-step` depends on the learner's stack but has nothing for Go (`go`).", problem.Message);
    }

    [Fact]
    public void Load_MilestoneNotInAnyStageAndUnknownProjectMilestone_ReportsBoth()
    {
        _content.WriteMilestone("orphan-step");
        _content.Write("projects/todo-api.yml", File.ReadAllText(_content.PathOf("projects/todo-api.yml")).Replace("[first-step, second-step]", "[first-step, nope]", StringComparison.Ordinal));

        var messages = ContentLoader.Load(_content.Folder).Problems.Select(p => p.Message).ToList();

        Assert.Contains("The milestone `orphan-step` is not in any stage of track.yml.", messages);
        Assert.Contains(messages, m => m.StartsWith("The project `todo-api` exercises `nope`", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_BadIdAndFileName_ReportsBoth()
    {
        _content.WriteMilestone("Bad_Id", fileName: "elsewhere");

        var messages = ContentLoader.Load(_content.Folder).Problems.Select(p => p.Message).ToList();

        Assert.Contains("The milestone id `Bad_Id` is not lowercase kebab-case.", messages);
        Assert.Contains("The milestone `Bad_Id` is in a file named `elsewhere`.", messages);
    }

    [Fact]
    public void Load_MissingFolder_ReportsItInsteadOfThrowing()
    {
        var result = ContentLoader.Load(Path.Combine(_content.Folder, "nowhere"));

        Assert.False(result.IsValid);
        Assert.Equal("The content folder does not exist.", Assert.Single(result.Problems).Message);
    }
}
