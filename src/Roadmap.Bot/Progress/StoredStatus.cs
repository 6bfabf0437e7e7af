namespace Roadmap.Bot.Progress;

/// <summary>
/// The text a milestone status has in the database. Dapper would write enums as numbers, so the
/// stores pass these strings instead.
/// </summary>
internal static class StoredStatus
{
    public static string Of(MilestoneStatus status) => status switch
    {
        MilestoneStatus.NotStarted => "not_started",
        MilestoneStatus.InProgress => "in_progress",
        MilestoneStatus.Done => "done",
        MilestoneStatus.Skipped => "skipped",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown milestone status."),
    };

    public static MilestoneStatus Parse(string text) => text switch
    {
        "not_started" => MilestoneStatus.NotStarted,
        "in_progress" => MilestoneStatus.InProgress,
        "done" => MilestoneStatus.Done,
        "skipped" => MilestoneStatus.Skipped,
        _ => throw new ArgumentOutOfRangeException(nameof(text), text, "Unknown stored milestone status."),
    };
}
