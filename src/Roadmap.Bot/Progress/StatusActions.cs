namespace Roadmap.Bot.Progress;

/// <summary>
/// The name of each <see cref="StatusAction"/> on the wire: it is both the command's name and the
/// action in its button's custom id. Buttons already sent carry these strings, so they never change.
/// </summary>
internal static class StatusActions
{
    public static readonly IReadOnlyList<StatusAction> All = [StatusAction.Start, StatusAction.Done, StatusAction.Skip, StatusAction.Undo];

    public static string Name(this StatusAction action) => action switch
    {
        StatusAction.Start => "start",
        StatusAction.Done => "done",
        StatusAction.Skip => "skip",
        StatusAction.Undo => "undo",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Not a status action."),
    };

    /// <summary>The action a command or button names; null for any other name.</summary>
    public static StatusAction? Find(string? name) => name switch
    {
        "start" => StatusAction.Start,
        "done" => StatusAction.Done,
        "skip" => StatusAction.Skip,
        "undo" => StatusAction.Undo,
        _ => null,
    };
}
