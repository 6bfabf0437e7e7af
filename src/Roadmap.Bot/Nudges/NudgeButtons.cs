using System.Globalization;
using Roadmap.Bot.Progress;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Nudges;

/// <summary>
/// The buttons under a nudge: Start and Done for its milestone, Skip this week, Stop nudges, and
/// Keep on the nudge that asks "Keep these coming?". Their ids carry everything they need (the
/// milestone id, the due time of the nudge that asked, and last the member the nudge is for), so a
/// nudge from weeks ago still works after a restart, and a nudge posted in a server's nudge channel
/// acts only for its member. The actions are wire strings on messages already sent: they never change.
/// </summary>
/// <remarks>
/// Ids made before the member was added (<c>v1:nudge:stop</c>, <c>v1:nudge:done:{milestone}</c>,
/// <c>v1:nudge:keep:{ms}</c>) sit only in members' DMs, where only the member can press them, so
/// there they still act for whoever presses; in a server they are refused (see <see cref="OwnerOf"/>).
/// The longest id, Done with a 48-character milestone id and a 20-digit member id, is 84 characters.
/// </remarks>
internal static class NudgeButtons
{
    public const string Handler = "nudge";

    public const string SkipWeek = "skip-week";

    public const string Stop = "stop";

    public const string Keep = "keep";

    public const string KeepLabel = "Keep them coming";

    /// <summary>The row for <paramref name="memberId"/>'s nudge suggesting <paramref name="milestoneId"/> (null when the track is finished).</summary>
    public static ActionRow For(ulong memberId, string? milestoneId, MilestoneStatus status)
    {
        var member = Id(memberId);
        var buttons = new List<MessageComponent>();
        if (milestoneId is not null)
        {
            // Start is pointless on a milestone already under way; Done is what is left to press.
            if (status != MilestoneStatus.InProgress)
            {
                buttons.Add(Button("Start", ButtonStyle.Primary, StatusAction.Start.Name(), milestoneId, member));
            }

            buttons.Add(Button("Done", ButtonStyle.Success, StatusAction.Done.Name(), milestoneId, member));
        }

        buttons.Add(Button("Skip this week", ButtonStyle.Secondary, SkipWeek, member));
        buttons.Add(Button("Stop nudges", ButtonStyle.Danger, Stop, member));
        return new ActionRow { Components = buttons };
    }

    /// <summary>The row with Keep, for <paramref name="memberId"/>'s nudge due at <paramref name="dueAt"/> that asks "Keep these coming?".</summary>
    public static ActionRow KeepRow(ulong memberId, DateTimeOffset dueAt) =>
        new() { Components = [Button(KeepLabel, ButtonStyle.Primary, Keep, dueAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), Id(memberId))] };

    /// <summary>The due time a Keep button names; null when it cannot be read.</summary>
    public static DateTimeOffset? KeptDueAt(CustomId id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return long.TryParse(id.Argument(0), NumberStyles.None, CultureInfo.InvariantCulture, out var ms) && ms <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds()
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : null;
    }

    /// <summary>
    /// The member a nudge button is for: the id it carries after its other arguments (Start, Done and
    /// Keep have one before it, Skip this week and Stop none). Null for an id from before the member
    /// was carried, or one that cannot be read.
    /// </summary>
    public static ulong? OwnerOf(CustomId id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var position = id.Action is SkipWeek or Stop ? 0 : 1;
        return id.Arguments.Count == position + 1
            && ulong.TryParse(id.Argument(position), NumberStyles.None, CultureInfo.InvariantCulture, out var memberId)
            ? memberId
            : null;
    }

    private static string Id(ulong memberId) => memberId.ToString(CultureInfo.InvariantCulture);

    private static Button Button(string label, ButtonStyle style, string action, params string[] arguments) =>
        new() { Style = style, Label = label, CustomId = CustomId.Create(Handler, action, arguments) };
}
