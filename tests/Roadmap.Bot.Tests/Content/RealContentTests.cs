using Roadmap.Bot.Content;
using Roadmap.Bot.Progress;
using Roadmap.Bot.Tests.Fakes;

namespace Roadmap.Bot.Tests.Content;

/// <summary>The shipped roadmap meets the counts the product promises.</summary>
public sealed class RealContentTests
{
    private static readonly RoadmapContent Content = ContentLoader.Load(RepositoryPaths.Content).Content
        ?? throw new InvalidOperationException("The real content does not load; run `content check` to see why.");

    [Fact]
    public void Track_HasAtLeastFourteenStagesSixtyTwoMilestonesAndFourHundredTwentyResources()
    {
        Assert.True(Content.Track.Stages.Count >= 14, $"{Content.Track.Stages.Count} stages");
        Assert.True(Content.Milestones.Count >= 62, $"{Content.Milestones.Count} milestones");
        var resources = Content.Milestones.Sum(m => m.Resources.Count);
        Assert.True(resources >= 420, $"{resources} resources");
    }

    [Fact]
    public void LearningOrder_BuildsTestsAndShipsAFirstApiBeforeTheDatabaseStage()
    {
        var order = LearningOrder.Follow(Content).Select(step => step.Milestone.Id).ToList();

        var databases = order.IndexOf("relational-databases");
        Assert.All(["web-framework", "unit-testing", "first-deploy"], id => Assert.InRange(order.IndexOf(id), 0, databases - 1));
        Assert.True(order.IndexOf("password-hashing") < order.IndexOf("sessions-and-cookies"), "hashing comes after the first login");
    }

    [Fact]
    public void Projects_AreAtLeastFortyWithTwelvePerLevel()
    {
        Assert.True(Content.Projects.Count >= 40, $"{Content.Projects.Count} projects");
        foreach (var level in Enum.GetValues<ProjectLevel>())
        {
            var count = Content.Projects.Count(p => p.Level == level);
            Assert.True(count >= 12, $"{count} {level} projects");
        }
    }

    [Fact]
    public void Stacks_AreTheSevenTheProductSupports()
    {
        Assert.Equal(["python", "javascript", "java", "csharp", "go", "php", "ruby"], Content.Stacks.Select(s => s.Id));
    }

    [Fact]
    public void StackSpecificMilestones_IncludeLanguageAndFrameworkSteps()
    {
        var specific = Content.Milestones.Where(m => m.IsStackSpecific).Select(m => m.Id).ToList();

        Assert.Contains("language-fundamentals", specific);
        Assert.Contains("web-framework", specific);
        Assert.Contains("orm-basics", specific);
    }
}
