namespace Roadmap.Bot.Nudges;

/// <summary>What a clock change does to a nudge's local time on one date.</summary>
internal enum ClockChange
{
    None,

    /// <summary>The clocks jump over the time (spring forward): the nudge comes as much later as the jump.</summary>
    Skipped,

    /// <summary>The clocks pass the time twice (fall back): the nudge comes at the first.</summary>
    Repeated,
}
