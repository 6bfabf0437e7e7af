using Roadmap.Bot.Coaching;

namespace Roadmap.Bot.Learners;

/// <summary>
/// The text a status or visibility has in the database. Dapper would write enums as numbers, so the
/// stores pass these strings instead.
/// </summary>
public static class StoredText
{
    public static string Of(MilestoneStatus status) => status switch
    {
        MilestoneStatus.NotStarted => "not_started",
        MilestoneStatus.InProgress => "in_progress",
        MilestoneStatus.Done => "done",
        MilestoneStatus.Skipped => "skipped",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown milestone status."),
    };

    public static MilestoneStatus Status(string text) => text switch
    {
        "not_started" => MilestoneStatus.NotStarted,
        "in_progress" => MilestoneStatus.InProgress,
        "done" => MilestoneStatus.Done,
        "skipped" => MilestoneStatus.Skipped,
        _ => throw new ArgumentOutOfRangeException(nameof(text), text, "Unknown stored milestone status."),
    };

    public static string Of(Visibility visibility) => visibility switch
    {
        Visibility.Private => "private",
        Visibility.Server => "server",
        Visibility.Public => "public",
        _ => throw new ArgumentOutOfRangeException(nameof(visibility), visibility, "Unknown visibility."),
    };
}
