using System.Globalization;
using Roadmap.Bot.Progress;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Nudges;

/// <summary>
/// The buttons under a nudge: Start and Done for its milestone, Skip this week, Stop nudges, and
/// Keep on the nudge that asks "Keep these coming?". Their ids carry everything they need (the
/// milestone id, the due time of the nudge that asked), so a nudge from weeks ago still works after
/// a restart. The actions are wire strings on messages already sent: they never change.
/// </summary>
internal static class NudgeButtons
{
    public const string Handler = "nudge";

    public const string SkipWeek = "skip-week";

    public const string Stop = "stop";

    public const string Keep = "keep";

    public const string KeepLabel = "Keep them coming";

    /// <summary>The row for a nudge suggesting <paramref name="milestoneId"/> (null when the track is finished).</summary>
    public static ActionRow For(string? milestoneId, MilestoneStatus status)
    {
        var buttons = new List<MessageComponent>();
        if (milestoneId is not null)
        {
            // Start is pointless on a milestone already under way; Done is what is left to press.
            if (status != MilestoneStatus.InProgress)
            {
                buttons.Add(Button("Start", ButtonStyle.Primary, StatusAction.Start.Name(), milestoneId));
            }

            buttons.Add(Button("Done", ButtonStyle.Success, StatusAction.Done.Name(), milestoneId));
        }

        buttons.Add(Button("Skip this week", ButtonStyle.Secondary, SkipWeek));
        buttons.Add(Button("Stop nudges", ButtonStyle.Danger, Stop));
        return new ActionRow { Components = buttons };
    }

    /// <summary>The row with Keep, for the nudge due at <paramref name="dueAt"/> that asks "Keep these coming?".</summary>
    public static ActionRow KeepRow(DateTimeOffset dueAt) =>
        new() { Components = [Button(KeepLabel, ButtonStyle.Primary, Keep, dueAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture))] };

    /// <summary>The due time a Keep button names; null when it cannot be read.</summary>
    public static DateTimeOffset? KeptDueAt(CustomId id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return long.TryParse(id.Argument(0), NumberStyles.None, CultureInfo.InvariantCulture, out var ms) && ms <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds()
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : null;
    }

    private static Button Button(string label, ButtonStyle style, string action, params string[] arguments) =>
        new() { Style = style, Label = label, CustomId = CustomId.Create(Handler, action, arguments) };
}
