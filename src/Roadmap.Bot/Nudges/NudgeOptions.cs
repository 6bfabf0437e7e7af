namespace Roadmap.Bot.Nudges;

/// <summary>The "Nudges" configuration section: how the scheduler sweeps for due nudges.</summary>
internal sealed class NudgeOptions
{
    public const string Section = "Nudges";

    /// <summary>How often the sweep looks for due nudges; a nudge goes out at most this long after its time.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How overdue a nudge may be, after the bot was down, and still be sent (once, saying it is
    /// late). An older one is recorded as missed, and the member's next nudge is the next regular one.
    /// </summary>
    public TimeSpan CatchUpWindow { get; set; } = TimeSpan.FromHours(12);
}
