namespace Roadmap.Bot.Learners;

/// <summary>What a status change did, or why it did nothing.</summary>
public enum ProgressOutcomeKind
{
    Started,
    Completed,
    Skipped,
    Undone,
    AlreadyInProgress,
    AlreadyDone,
    AlreadySkipped,

    /// <summary>A done milestone cannot be started again without an undo.</summary>
    StartRefusedDone,

    /// <summary>A done milestone cannot be skipped without an undo.</summary>
    SkipRefusedDone,

    NoteTooLong,
    NothingToUndo,

    /// <summary>The id names no milestone of the track.</summary>
    UnknownMilestone,
}
