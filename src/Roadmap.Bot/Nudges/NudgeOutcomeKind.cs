namespace Roadmap.Bot.Nudges;

/// <summary>What a change to the nudge settings did, or why it did nothing.</summary>
internal enum NudgeOutcomeKind
{
    TurnedOn,
    TurnedOff,
    Paused,
    Skipped,

    /// <summary>A time zone change moved the next nudge.</summary>
    Moved,

    /// <summary>Keep pressed while nudges still come: the unanswered count starts again.</summary>
    Kept,

    /// <summary>Nothing to do: off already, or (for a time zone change) nothing scheduled.</summary>
    Unchanged,

    /// <summary>Skip or pause while nudges are off (or paused, for skip).</summary>
    NotOn,

    /// <summary>Skip while the next nudge is already skipped.</summary>
    AlreadySkipped,

    /// <summary>Nudges come at a local time, so they need the member's time zone first.</summary>
    NeedsTimeZone,

    /// <summary>Turning on failed: the confirmation DM was refused because the member's DMs are closed (50007).</summary>
    DmsClosed,

    /// <summary>A pause must end after today, in the member's zone.</summary>
    DateNotAhead,

    /// <summary>A pause of more than a year: turning nudges off says it better.</summary>
    DateTooFar,
}
