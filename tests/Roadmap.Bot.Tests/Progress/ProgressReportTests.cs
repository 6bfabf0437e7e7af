using Roadmap.Bot.Progress;
using Roadmap.Bot.Tests.Fakes;
using static Roadmap.Bot.Progress.MilestoneStatus;

namespace Roadmap.Bot.Tests.Progress;

public sealed class ProgressReportTests
{
    private readonly Roadmap.Bot.Content.RoadmapContent _content = TestRoadmap.Create();

    [Fact]
    public void Of_NewMember_NothingSettledAndAllHoursRemain()
    {
        var report = ProgressReport.Of(_content, LearnerStatuses.None);

        Assert.Equal((0, 0, 0, 5), (report.Done, report.Skipped, report.InProgress, report.Total));
        Assert.Equal(28, report.RemainingHours);
        Assert.Equal(0, report.Settled);
    }

    [Fact]
    public void Of_MixedStatuses_CountsPerStageAndOverall()
    {
        var report = ProgressReport.Of(_content, TestRoadmap.Statuses(("internet", Done), ("language", Skipped), ("sql", InProgress), ("orm", Done)));

        Assert.Equal((1, 1, 0, 2), (report.Stages[0].Done, report.Stages[0].Skipped, report.Stages[0].InProgress, report.Stages[0].Total));
        Assert.Equal((1, 0, 1, 3), (report.Stages[1].Done, report.Stages[1].Skipped, report.Stages[1].InProgress, report.Stages[1].Total));
        Assert.Equal(1.0, report.Stages[0].Settled);
        Assert.Equal(9, report.RemainingHours);
        Assert.Equal(0.6, report.Settled, precision: 6);
    }

    [Fact]
    public void Of_UnknownMilestoneIds_AreIgnored()
    {
        var report = ProgressReport.Of(_content, TestRoadmap.Statuses(("retired-step", Done), ("git", Done)));

        Assert.Equal(1, report.Done);
        Assert.Equal(25, report.RemainingHours);
    }

    [Theory]
    [InlineData(25, 5, 5, "2026-12-27")]
    [InlineData(26, 5, 6, "2027-01-03")]
    [InlineData(0, 5, 0, "2026-11-22")]
    [InlineData(3, 40, 1, "2026-11-29")]
    public void FinishEstimate_RoundsUpToWholeWeeks(int remaining, int weekly, int weeks, string finish)
    {
        var estimate = FinishEstimate.From(remaining, weekly, new DateOnly(2026, 11, 22));

        Assert.Equal(weeks, estimate?.Weeks);
        Assert.Equal(DateOnly.Parse(finish, System.Globalization.CultureInfo.InvariantCulture), estimate?.FinishDate);
    }

    [Fact]
    public void FinishEstimate_NoWeeklyHours_GivesNoEstimate()
    {
        Assert.Null(FinishEstimate.From(25, 0, new DateOnly(2026, 11, 22)));
    }
}
