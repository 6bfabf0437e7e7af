namespace Roadmap.Bot.Progress;

/// <summary>What a status change did, or why it did nothing.</summary>
internal enum ProgressOutcomeKind
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
}
