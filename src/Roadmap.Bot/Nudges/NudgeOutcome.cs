using NodaTime;

namespace Roadmap.Bot.Nudges;

/// <summary>
/// What a change to a member's nudges did: the settings after it (as stored when
/// <see cref="Changed"/>), the schedule in their zone when they have one, and their date today.
/// </summary>
internal sealed record NudgeOutcome(NudgeOutcomeKind Kind, NudgeSettingsRow Settings, NudgeSchedule? Schedule = null)
{
    /// <summary>Whether <see cref="Settings"/> is to be (or was) written.</summary>
    public bool Changed => Kind is NudgeOutcomeKind.TurnedOn or NudgeOutcomeKind.TurnedOff or NudgeOutcomeKind.Paused or NudgeOutcomeKind.Skipped or NudgeOutcomeKind.Moved;

    /// <summary>The member's date when the change was asked for, for answers about dates.</summary>
    public LocalDate? Today { get; init; }

    /// <summary>For a turn-on: why the confirmation DM could not be sent (other than closed DMs), if it could not.</summary>
    public string? ConfirmationFailure { get; init; }
}
