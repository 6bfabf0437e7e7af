using Roadmap.Bot.Progress;
using Roadmap.Bot.Tests.Fakes;
using static Roadmap.Bot.Progress.MilestoneStatus;

namespace Roadmap.Bot.Tests.Progress;

public sealed class CoachTests
{
    private readonly Roadmap.Bot.Content.RoadmapContent _content = TestRoadmap.Create();

    [Fact]
    public void SuggestNext_NewMember_SuggestsTheFirstStepOfTheTrack()
    {
        var suggestion = Coach.SuggestNext(_content, LearnerStatuses.None);

        Assert.Equal("internet", suggestion.Milestone?.Id);
        Assert.Equal(SuggestionReason.FirstStep, suggestion.Reason);
        Assert.Equal("This is where the track begins: **Basics** is the first stage, and **Title of internet** its first step.", suggestion.Explanation);
    }

    [Fact]
    public void SuggestNext_OneInProgress_SuggestsItBeforeAnythingNew()
    {
        var suggestion = Coach.SuggestNext(_content, TestRoadmap.Statuses(("internet", Done), ("sql", InProgress)));

        Assert.Equal("sql", suggestion.Milestone?.Id);
        Assert.Equal(SuggestionReason.AlreadyInProgress, suggestion.Reason);
        Assert.StartsWith("You started **Title of sql** and have not finished it yet", suggestion.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void SuggestNext_TwoInProgress_SuggestsTheEarlierInTrackOrder()
    {
        var suggestion = Coach.SuggestNext(_content, TestRoadmap.Statuses(("git", InProgress), ("internet", InProgress)));

        Assert.Equal("internet", suggestion.Milestone?.Id);
        Assert.Contains("earliest of the 2 milestones you have open", suggestion.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void SuggestNext_PrerequisitesMet_NamesThem()
    {
        var suggestion = Coach.SuggestNext(_content, TestRoadmap.Statuses(("internet", Done)));

        Assert.Equal("language", suggestion.Milestone?.Id);
        Assert.Equal(SuggestionReason.PrerequisitesMet, suggestion.Reason);
        Assert.Contains("Everything it builds on is behind you (**Title of internet**)", suggestion.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void SuggestNext_PrerequisitesUnmet_SkipsAheadToAStepWithoutThem()
    {
        // sql needs language, which is not done; git needs nothing, so it is the earliest eligible.
        var suggestion = Coach.SuggestNext(_content, TestRoadmap.Statuses(("internet", Done), ("language", Skipped), ("sql", Done), ("orm", Done)));
        var blocked = Coach.SuggestNext(_content, TestRoadmap.Statuses(("internet", Done), ("git", Done)));

        Assert.Equal("git", suggestion.Milestone?.Id);
        Assert.Equal(SuggestionReason.NextInOrder, suggestion.Reason);
        Assert.Equal("language", blocked.Milestone?.Id);
    }

    [Fact]
    public void SuggestNext_SkippedPrerequisite_WarnsAboutIt()
    {
        var suggestion = Coach.SuggestNext(_content, TestRoadmap.Statuses(("internet", Done), ("language", Skipped)));

        Assert.Equal("sql", suggestion.Milestone?.Id);
        Assert.Equal(["language"], suggestion.SkippedPrerequisites.Select(m => m.Id));
        Assert.Contains("Heads-up: it builds on **Title of language**, which you skipped.", suggestion.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void SuggestNext_EverythingDone_SaysTheTrackIsFinished()
    {
        var suggestion = Coach.SuggestNext(_content, TestRoadmap.Statuses(("internet", Done), ("language", Done), ("sql", Done), ("orm", Done), ("git", Done)));

        Assert.True(suggestion.IsTrackFinished);
        Assert.Equal(SuggestionReason.TrackFinished, suggestion.Reason);
        Assert.Contains("You have finished every milestone of **Backend Developer**", suggestion.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void SuggestNext_EverythingSkipped_SuggestsRevisitingTheFirstSkipped()
    {
        var suggestion = Coach.SuggestNext(_content, TestRoadmap.Statuses(("internet", Skipped), ("language", Skipped), ("sql", Skipped), ("orm", Skipped), ("git", Skipped)));

        Assert.Equal("internet", suggestion.Milestone?.Id);
        Assert.Equal(SuggestionReason.RevisitSkipped, suggestion.Reason);
    }

    [Fact]
    public void SuggestNext_UnknownMilestoneIds_AreIgnored()
    {
        var suggestion = Coach.SuggestNext(_content, TestRoadmap.Statuses(("retired-step", InProgress), ("internet", Done)));

        Assert.Equal("language", suggestion.Milestone?.Id);
    }
}
