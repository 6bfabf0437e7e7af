using System.Globalization;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Nudges;

/// <summary>/nudges status: on, off or paused (and why), the next nudge, how it comes, and what became of the last one.</summary>
internal static class NudgeStatusCard
{
    public static Embed Create(NudgeStatus status, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(status);
        var settings = status.Settings ?? NudgeSettingsRow.Default(0);
        var schedule = status.Schedule;
        var lines = new List<string>();
        switch (settings.State)
        {
            case NudgeState.On:
                lines.Add($"**On:** {NudgeReplies.Describe(settings)}, {status.TimeZone}");
                break;
            case NudgeState.Paused:
                lines.Add($"**Paused:** {WhyPaused(settings)}");
                break;
            default:
                lines.Add($"**Off.** `/nudges on` turns them on: {NudgeReplies.Describe(settings)} on your clock, unless you pick another `day:` or `time:`.");
                break;
        }

        if (schedule is null)
        {
            lines.Add("Nudges come at a time on your own clock: first set your time zone with `/profile timezone:`.");
        }
        else if (settings.NextDueAt is { } next)
        {
            lines.Add(NudgeReplies.Next(schedule, settings));
            lines.Add(How(status.Last));
            if (settings.SkippedDueAt is { } skipped && skipped > now)
            {
                lines.Add($"**Skipped:** the one of {schedule.Local(skipped)}");
            }
        }

        lines.Add($"**Last one:** {LastOutcome(status.Last)}");
        return new Embed
        {
            Title = "Your weekly nudge",
            Description = string.Join('\n', lines),
            Color = Cards.Colors.Help,
            Footer = new EmbedFooter { Text = "/nudges on day: time: · /nudges pause until: · /nudges skip · /nudges off" },
        };
    }

    /// <summary>
    /// By direct message, unless the last nudge had to go to a nudge channel because the member's DMs
    /// were closed: then that is where they arrive now (each week a DM is tried first).
    /// </summary>
    public static string How(NudgeRow? last) => InChannel(last) is { } channel
        ? $"**How:** your direct messages are closed to me, so your nudges now arrive in {channel.Mention} of the server you used me in most recently ({channel.Link}), mentioning only you. "
          + "Allow direct messages from members of a server we share (its Privacy Settings) and they come to your DMs again; I try a DM first each week."
        : "**How:** by direct message";

    /// <summary>The nudge channel <paramref name="last"/> was posted in because the member's DMs were closed; null when it went by DM.</summary>
    private static NudgeChannelTarget? InChannel(NudgeRow? last) =>
        last is { State: NudgeRowState.Sent, GuildId: { } guildId, ChannelId: { } channelId } ? new NudgeChannelTarget(guildId, channelId) : null;

    private static string WhyPaused(NudgeSettingsRow settings) => settings switch
    {
        { PauseReason: PauseReason.Member, PausedUntilDate: { } until } =>
            $"you paused them until {NudgeReplies.LongDate(until)}. They resume by themselves; `/nudges on` resumes them sooner.",
        { PauseReason: PauseReason.DmsClosed } =>
            "I could not send you a direct message: your DMs are closed to me. Allow direct messages from members of a server we share (its Privacy Settings), then run `/nudges on`.",
        { PauseReason: PauseReason.NoReply } =>
            "the last nudges went by with no click and no progress, and nobody pressed Keep on \"Keep these coming?\", so I stopped sending them. `/nudges on` brings them back.",
        _ => "`/nudges on` turns them back on.",
    };

    private static string LastOutcome(NudgeRow? last)
    {
        if (last is null)
        {
            return "none yet";
        }

        var due = $"<t:{last.DueAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}:f>";
        var reason = string.IsNullOrWhiteSpace(last.Reason) ? "" : $": {last.Reason}";
        return last.State switch
        {
            "sent" when last.AskedKeep => last.KeptAt is null ? $"the one of {due}, sent, asking \"Keep these coming?\"" : $"the one of {due}, sent; you asked to keep them coming",
            "sent" when InChannel(last) is { } channel => $"the one of {due}, sent in {channel.Mention}{(last.Late ? ", late" : "")} because your direct messages are closed to me",
            "sent" => last.Late ? $"the one of {due}, sent late because I could not send it on time" : $"the one of {due}, sent",
            "sending" => $"the one of {due}, being sent",
            "failed" => last.ErrorCode is { } code
                ? string.Create(CultureInfo.InvariantCulture, $"the one of {due} could not be sent (Discord error {code}){reason}")
                : $"the one of {due} could not be sent{reason}",
            "skipped" => $"the one of {due} was skipped{reason}",
            "missed" => $"the one of {due} was missed: I was offline for too long, so I did not send it late",
            "unknown" => $"the one of {due} may not have arrived: I stopped while sending it, and do not send twice",
            _ => $"the one of {due}: {last.State}",
        };
    }
}
