using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Progress;

/// <summary>
/// The Start / Done / Skip buttons under a milestone. Their ids carry the milestone id, so a
/// button on a week-old message still works after a restart.
/// </summary>
internal static class ProgressButtons
{
    public const string Handler = "progress";

    public static ActionRow For(string milestoneId, MilestoneStatus status)
    {
        var buttons = new List<MessageComponent>();
        if (status is MilestoneStatus.NotStarted or MilestoneStatus.Skipped)
        {
            buttons.Add(Button(StatusAction.Start, "Start", ButtonStyle.Primary, milestoneId));
        }

        if (status != MilestoneStatus.Done)
        {
            buttons.Add(Button(StatusAction.Done, "Done", ButtonStyle.Success, milestoneId));
        }

        if (status is MilestoneStatus.NotStarted or MilestoneStatus.InProgress)
        {
            buttons.Add(Button(StatusAction.Skip, "Skip", ButtonStyle.Secondary, milestoneId));
        }

        if (status != MilestoneStatus.NotStarted)
        {
            buttons.Add(Button(StatusAction.Undo, "Undo", ButtonStyle.Secondary, milestoneId));
        }

        return new ActionRow { Components = buttons };
    }

    private static Button Button(StatusAction action, string label, ButtonStyle style, string milestoneId) =>
        new() { Style = style, Label = label, CustomId = CustomId.Create(Handler, action.Name(), milestoneId) };
}
