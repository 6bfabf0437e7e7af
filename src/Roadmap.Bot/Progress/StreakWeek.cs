using NodaTime;

namespace Roadmap.Bot.Progress;

/// <summary>One Monday-to-Sunday week of the streak's history, as the /progress chart shows it.</summary>
/// <param name="Monday">The week's first day, on the member's clock.</param>
/// <param name="Finished">Milestones finished that week (undone ones do not count).</param>
/// <param name="Kind">What the week did to the streak.</param>
internal sealed record StreakWeek(LocalDate Monday, int Finished, StreakWeekKind Kind);

internal enum StreakWeekKind
{
    /// <summary>Nothing finished, and no freeze to cover it (or no streak yet).</summary>
    Quiet,

    /// <summary>At least one milestone finished: the week counts for the streak.</summary>
    Active,

    /// <summary>Nothing finished, and a saved freeze kept the streak alive.</summary>
    Frozen,

    /// <summary>This week, with nothing finished yet: neither a miss nor counted.</summary>
    Open,
}
