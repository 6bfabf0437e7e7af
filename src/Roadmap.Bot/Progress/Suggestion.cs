using Roadmap.Bot.Content;




namespace Roadmap.Bot.Progress;

/// <summary>
/// What to do next and why, in words a learner understands. <see cref="Milestone"/> is null only when
/// the whole track is done. <see cref="SkippedPrerequisites"/> names skipped milestones it builds on.
/// </summary>
internal sealed record Suggestion(
    Milestone? Milestone,
    SuggestionReason Reason,
    string Explanation,
    IReadOnlyList<Milestone> SkippedPrerequisites)
{
    public bool IsTrackFinished => Milestone is null;
}
