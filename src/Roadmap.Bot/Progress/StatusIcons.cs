namespace Roadmap.Bot.Progress;

/// <summary>One icon and one word per status, the same everywhere the bot shows a status.</summary>
internal static class StatusIcons
{
    public static string Icon(MilestoneStatus status) => status switch
    {
        MilestoneStatus.Done => "✅",
        MilestoneStatus.InProgress => "🔄",
        MilestoneStatus.Skipped => "⏭️",
        _ => "⬜",
    };

    public static string Word(MilestoneStatus status) => status switch
    {
        MilestoneStatus.Done => "done",
        MilestoneStatus.InProgress => "in progress",
        MilestoneStatus.Skipped => "skipped",
        _ => "not started",
    };
}
