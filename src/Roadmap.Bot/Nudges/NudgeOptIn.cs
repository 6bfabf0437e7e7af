using System.Globalization;
using NodaTime;
using Roadmap.Discord;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Nudges;

/// <summary>
/// The opt-in offered once, on a member's first recorded progress: one line and a button under the
/// answer. The button's id carries whose offer it is and the day and time it offers, so it means
/// what it said after a restart, and a press by anyone else changes nothing for the member offered.
/// </summary>
internal static class NudgeOptIn
{
    public const string Action = "opt-in";

    public const string ButtonLabel = "Send me a weekly nudge";

    public const string Line =
        "🔔 Want a nudge once a week? I can send you a direct message on Mondays at 09:00 on your clock, with what to do next. " +
        "Press **" + ButtonLabel + "**; `/nudges off` stops it at any time.";

    public const string AskForTimeZone =
        "I send nudges at a time on your own clock, so I need your time zone first. Set it with `/profile timezone:` " +
        "(start typing a city and pick it from the list), then press **" + ButtonLabel + "** again or run `/nudges on`. Nudges are still off.";

    public const string NotYours = "This button was offered to someone else, so it changed nothing. `/nudges on` turns on your own weekly nudge.";

    private const IsoDayOfWeek OfferedDay = IsoDayOfWeek.Monday;

    private static readonly LocalTime OfferedTime = new(9, 0);

    /// <summary>
    /// Whether the offer can join <paramref name="reply"/> whole: only on an answer only the member
    /// sees, with room for one more line under Discord's 2000 characters and one more row of buttons.
    /// </summary>
    public static bool Fits(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return reply.Ephemeral
            && reply.Components.Count < DiscordLimits.ActionRows
            && (reply.Content?.Length ?? 0) + 1 + Line.Length <= DiscordLimits.MessageContent;
    }

    /// <summary><paramref name="reply"/> with the line at the end and the button in a row of its own.</summary>
    public static Reply AddTo(Reply reply, ulong memberId)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var button = new Button
        {
            Style = ButtonStyle.Primary,
            Label = ButtonLabel,
            CustomId = CustomId.Create(NudgeButtons.Handler, Action, memberId.ToString(CultureInfo.InvariantCulture), ((int)OfferedDay).ToString(CultureInfo.InvariantCulture), NudgeSettingsRow.StoredTime(OfferedTime).ToString(CultureInfo.InvariantCulture)),
        };
        return reply with
        {
            Content = string.IsNullOrEmpty(reply.Content) ? Line : reply.Content + "\n" + Line,
            Components = [.. reply.Components, new ActionRow { Components = [button] }],
        };
    }

    /// <summary>What a pressed offer's id says: whose it is, and the day and time it offered; null when it cannot be read.</summary>
    public static (ulong MemberId, IsoDayOfWeek Day, LocalTime Time)? Read(CustomId id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return ulong.TryParse(id.Argument(0), NumberStyles.None, CultureInfo.InvariantCulture, out var memberId)
            && int.TryParse(id.Argument(1), NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 7
            && int.TryParse(id.Argument(2), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) && minutes is >= 0 and < 24 * 60
                ? (memberId, (IsoDayOfWeek)day, LocalTime.FromMinutesSinceMidnight(minutes))
                : null;
    }
}
