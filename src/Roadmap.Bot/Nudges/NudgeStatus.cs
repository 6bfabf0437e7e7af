namespace Roadmap.Bot.Nudges;

/// <summary>What <c>/nudges status</c> shows: the settings (none when never set up), the member's time zone id and their latest nudge.</summary>
internal sealed record NudgeStatus(NudgeSettingsRow? Settings, string? TimeZone, NudgeRow? Last)
{
    /// <summary>The schedule in the member's zone; null without a zone.</summary>
    public NudgeSchedule? Schedule => Settings is { } settings ? NudgeSchedule.For(TimeZone, settings.Day, settings.Time) : null;
}
