using Roadmap.Bot.Content;
using Roadmap.Bot.Progress;

namespace Roadmap.Bot.Nudges;

/// <summary>
/// What one nudge says, read for the member when it is sent: whose it is (its buttons carry the
/// member, so in a nudge channel nobody else can press them), the suggestion (the same
/// <see cref="Coach"/> as /next) and the member's status on it, the milestones finished in the
/// seven days before, the weekly streak, the finish estimate, whether it goes out late, and, when it
/// asks "Keep these coming?" (<see cref="NudgeFatigue"/>), its due time, which its Keep button carries.
/// </summary>
internal sealed record NudgeFacts(
    ulong MemberId,
    Suggestion Suggestion,
    MilestoneStatus Status,
    IReadOnlyList<Milestone> FinishedLastWeek,
    WeeklyStreak Streak,
    FinishEstimate? Estimate,
    bool IsLate,
    DateTimeOffset? AsksKeepFor = null);
