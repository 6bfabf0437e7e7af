namespace Roadmap.Bot.Nudges;

/// <summary>The states of <c>nudge_settings.state</c>, as stored.</summary>
internal static class NudgeState
{
    public const string On = "on";

    public const string Off = "off";

    public const string Paused = "paused";
}
