namespace Roadmap.Bot.Coaching;

/// <summary>Why a milestone was suggested; the words for the learner are in <see cref="Suggestion.Explanation"/>.</summary>
public enum SuggestionReason
{
    AlreadyInProgress,
    FirstStep,
    PrerequisitesMet,
    NextInOrder,
    RevisitSkipped,
    TrackFinished,
}
