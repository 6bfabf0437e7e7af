namespace Roadmap.Bot.Progress;

/// <summary>What a member does to a milestone's status: /start, /done, /skip, /undo and the buttons of the same names.</summary>
internal enum StatusAction
{
    Start,
    Done,
    Skip,
    Undo,
}
