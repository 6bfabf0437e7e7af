using Roadmap.Bot.Progress;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Nudges;

/// <summary>
/// The buttons under a nudge: Start and Done for its milestone, Skip this week, Stop nudges. Their
/// ids carry everything they need (the milestone id), so a nudge from weeks ago still works after
/// a restart. The actions are wire strings on messages already sent: they never change.
/// </summary>
internal static class NudgeButtons
{
    public const string Handler = "nudge";

    public const string SkipWeek = "skip-week";

    public const string Stop = "stop";

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

    private static Button Button(string label, ButtonStyle style, string action, params string[] arguments) =>
        new() { Style = style, Label = label, CustomId = CustomId.Create(Handler, action, arguments) };
}
