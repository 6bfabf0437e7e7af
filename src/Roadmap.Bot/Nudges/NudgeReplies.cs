using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Roadmap.Bot.Text;
using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Nudges;

/// <summary>The answers to /nudges on, off, pause and skip, and the sentences /nudges status shares with them. All only for the member.</summary>
internal static class NudgeReplies
{
    public const string AskForTimeZone =
        "I send nudges at a time on your own clock, so I need your time zone first. Set it with `/profile timezone:` " +
        "(start typing a city and pick it from the list), then run `/nudges on` again. Nudges are still off.";

    /// <summary>How to open direct messages to the bot, for every answer that finds them closed.</summary>
    public const string HowToOpenDms =
        "To get them, allow direct messages from this server: open the server menu, Privacy settings, and turn on \"Direct Messages\" (allow direct messages from server members).";

    /// <summary>The DM sent the moment nudges are turned on: "You'll hear from me on Mondays at 09:00, Europe/Berlin."</summary>
    public static string Confirmation(NudgeSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return $"🔔 You'll hear from me on {schedule.Describe()}, {schedule.Zone.Id}. `/nudges off` stops it at any time.";
    }

    public static Reply On(NudgeOutcome outcome) => outcome.Kind switch
    {
        NudgeOutcomeKind.TurnedOn when outcome.Schedule is { } schedule && outcome.ConfirmationFailure is { } failure =>
            Reply.Text($"🔔 Weekly nudges are on: **{schedule.Describe()}**, {schedule.Zone.Id}.\n{Next(schedule, outcome.Settings)}\nI could not send you the confirmation by direct message just now ({DiscordText.Escape(DiscordText.Truncate(failure, 100))}); I will try again with the first nudge, and `/nudges status` says how it went.", ephemeral: true),
        NudgeOutcomeKind.TurnedOn when outcome.Schedule is { } schedule =>
            Reply.Text($"🔔 Weekly nudges are on: **{schedule.Describe()}**, {schedule.Zone.Id}.\n{Next(schedule, outcome.Settings)}\nThey come by direct message; I just sent you the first, to confirm. `/nudges status` shows them; `/nudges on day: time:` changes them.", ephemeral: true),
        NudgeOutcomeKind.DmsClosed =>
            Reply.Problem($"I could not send you a direct message: your DMs are closed to me (Discord error 50007), so weekly nudges are still off. {HowToOpenDms} Then run `/nudges on` again."),
        _ => Reply.Problem(AskForTimeZone),
    };

    public static Reply Off(NudgeOutcome outcome) => outcome.Kind == NudgeOutcomeKind.TurnedOff
        ? Reply.Text($"🔕 Weekly nudges are off. `/nudges on` turns them back on: {Describe(outcome.Settings)}, unless you pick another `day:` or `time:`.", ephemeral: true)
        : Reply.Text("Weekly nudges are already off. Turn them on with `/nudges on day: time:`.", ephemeral: true);

    public static Reply Pause(NudgeOutcome outcome, string typed) => outcome.Kind switch
    {
        NudgeOutcomeKind.Paused when outcome.Schedule is { } schedule && outcome.Settings.PausedUntilDate is { } until =>
            Reply.Text($"⏸️ Weekly nudges are paused until {LongDate(until)}. They resume by themselves.\n{Next(schedule, outcome.Settings)}\n`/nudges on` resumes them sooner.", ephemeral: true),
        NudgeOutcomeKind.DateNotAhead when outcome.Schedule is { } schedule && outcome.Today is { } today =>
            Reply.Problem($"`{Quote(typed)}` is not after today ({IsoDate(today)} in {schedule.Zone.Id}). Pick a later date, such as `{IsoDate(today.PlusWeeks(1))}`."),
        NudgeOutcomeKind.DateTooFar when outcome.Today is { } today =>
            Reply.Problem($"A pause lasts at most a year, until `{IsoDate(today.Plus(NudgeService.LongestPause))}`. To stop nudges for longer, use `/nudges off`."),
        NudgeOutcomeKind.NotOn => Reply.Problem("Weekly nudges are off, so there is nothing to pause. Turn them on with `/nudges on`."),
        _ => Reply.Problem(AskForTimeZone),
    };

    public static Reply Skip(NudgeOutcome outcome) => outcome.Kind switch
    {
        NudgeOutcomeKind.Skipped when outcome.Schedule is { } schedule && outcome.Settings.SkippedDueAt is { } skipped =>
            Reply.Text($"⏭️ Skipped the nudge of {schedule.Local(skipped)}. Only that one: the next comes as usual.\n{Next(schedule, outcome.Settings)}", ephemeral: true),
        NudgeOutcomeKind.AlreadySkipped when outcome.Schedule is { } schedule && outcome.Settings.SkippedDueAt is { } skipped =>
            Reply.Text($"You already skipped the nudge of {schedule.Local(skipped)}; `/nudges skip` skips only the next one.\n{Next(schedule, outcome.Settings)}", ephemeral: true),
        NudgeOutcomeKind.NotOn => Reply.Problem(NothingToSkip(outcome.Settings)),
        _ => Reply.Problem(AskForTimeZone),
    };

    /// <summary>The answer to Keep under "Keep these coming?".</summary>
    public static Reply Keep(NudgeOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome switch
        {
            { Kind: NudgeOutcomeKind.Kept, Schedule: { } schedule, Settings.State: NudgeState.On } =>
                Reply.Text($"👍 Glad they help: your weekly nudges keep coming.\n{Next(schedule, outcome.Settings)}", ephemeral: true),
            { Kind: NudgeOutcomeKind.Kept } =>
                Reply.Text("👍 Noted. Your weekly nudges are paused just now: `/nudges status` says why, and `/nudges on` resumes them.", ephemeral: true),
            { Kind: NudgeOutcomeKind.NotOn } =>
                Reply.Text("Your weekly nudges are off now, so there is nothing to keep. `/nudges on` turns them back on.", ephemeral: true),
            // They had paused for no reply: Keep turned them back on, as /nudges on does.
            _ => On(outcome),
        };
    }

    /// <summary>"Next nudge: &lt;t:…:F&gt; (&lt;t:…:R&gt;), that is Friday 27 November 2026, 18:30 in Europe/Berlin.", with what a clock change does to it.</summary>
    public static string Next(NudgeSchedule schedule, NudgeSettingsRow settings)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.NextDueAt is not { } next)
        {
            return "No nudge is coming.";
        }

        return $"Next nudge: {Timestamp(next)}, that is {schedule.Local(next)} in {schedule.Zone.Id}.{ClockNote(schedule, next)}";
    }

    /// <summary>"&lt;t:1764869400:F&gt; (&lt;t:1764869400:R&gt;)": the full date and "in 5 days", each on the reader's own clock.</summary>
    public static string Timestamp(DateTimeOffset at)
    {
        var seconds = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"<t:{seconds}:F> (<t:{seconds}:R>)";
    }

    /// <summary>"Fridays at 18:30".</summary>
    public static string Describe(NudgeSettingsRow settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return NudgeSchedule.Describe(settings.Day, settings.Time);
    }

    /// <summary>"Thursday 10 December 2026".</summary>
    public static string LongDate(LocalDate date) => date.ToString("dddd d MMMM uuuu", CultureInfo.InvariantCulture);

    public static string NothingToSkip(NudgeSettingsRow settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings switch
        {
            { State: NudgeState.Paused, PausedUntilDate: { } until } => $"Weekly nudges are paused until {LongDate(until)}: none comes before then, so there is nothing to skip. `/nudges on` resumes them now.",
            { State: NudgeState.Paused } => "Weekly nudges are paused, so there is nothing to skip. `/nudges status` says why; `/nudges on` turns them back on.",
            _ => "Weekly nudges are off, so there is nothing to skip. Turn them on with `/nudges on`.",
        };
    }

    private static string ClockNote(NudgeSchedule schedule, DateTimeOffset next)
    {
        var date = schedule.LocalDateOf(next);
        var time = schedule.Time.ToString("HH:mm", CultureInfo.InvariantCulture);
        return schedule.ClockChangeOn(date) switch
        {
            ClockChange.Skipped => $"\nThe clocks go forward that night and skip {time}, so that one comes as much later as they jump.",
            ClockChange.Repeated => $"\nThe clocks go back that night and pass {time} twice: it comes the first time, once.",
            _ => "",
        };
    }

    private static string IsoDate(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>What a member typed, shortened and made safe to show back.</summary>
    public static string Quote(string typed) => DiscordText.Escape(DiscordText.Truncate(typed, 20));
}
