using Roadmap.Bot.Browse;
using Roadmap.Bot.Cohorts.Insights;
using Roadmap.Bot.Content;
using Roadmap.Bot.Progress;
using Roadmap.Bot.Tests.Fakes;

namespace Roadmap.Bot.Tests.Pictures;

/// <summary>
/// Each picture drawn from fixed inputs (GoldenPictureInputs) against its golden PNG in Golden/.
/// When a change to a picture is intended: UPDATE_GOLDEN_PICTURES=1 (README.md, "Change a picture").
/// </summary>
public sealed class GoldenPictureTests
{
    public static TheoryData<string> Pictures => [RoadmapPicture.FileName, WeeksChart.FileName, InsightsChart.FileName];

    [Theory]
    [MemberData(nameof(Pictures))]
    public void Draw_FixedInputs_LooksLikeItsGoldenPicture(string fileName) =>
        GoldenPicture.AssertMatches(fileName, GoldenPictureInputs.Draw(fileName));

    [Theory]
    [MemberData(nameof(Pictures))]
    public void Draw_SameInputsTwiceInOneProcess_GivesTheSameBytes(string fileName) =>
        Assert.Equal(GoldenPictureInputs.Draw(fileName), GoldenPictureInputs.Draw(fileName));

    [Fact]
    public void Compare_OneBoxInAnotherColour_IsADifference()
    {
        var content = GoldenPictureInputs.Content();
        var next = content.FindMilestone("sql");
        var before = RoadmapPicture.Draw(content, TestRoadmap.Statuses(("web", MilestoneStatus.Done)), next);
        var after = RoadmapPicture.Draw(content, TestRoadmap.Statuses(("web", MilestoneStatus.Skipped)), next);

        Assert.Null(GoldenPicture.Compare(before, before));
        Assert.NotNull(GoldenPicture.Compare(before, after));
    }

    [Fact]
    public void Compare_OneLetterOfABoxTitle_IsADifference()
    {
        var content = GoldenPictureInputs.Content();
        var renamed = new RoadmapContent(content.Track, [], content.Milestones.Select(m => m.Id == "rest" ? m with { Title = "REST APls" } : m).ToList(), []);

        var difference = GoldenPicture.Compare(RoadmapPicture.Draw(content, LearnerStatuses.None, null), RoadmapPicture.Draw(renamed, LearnerStatuses.None, null));

        Assert.NotNull(difference);
    }
}
