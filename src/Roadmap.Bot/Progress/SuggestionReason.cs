namespace Roadmap.Bot.Progress;

/// <summary>Why a milestone was suggested; the words for the learner are in <see cref="Suggestion.Explanation"/>.</summary>
internal enum SuggestionReason
{
    AlreadyInProgress,
    FirstStep,
    PrerequisitesMet,
    NextInOrder,
    RevisitSkipped,
    TrackFinished,
}
