using Roadmap.Bot.Coaching;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Cards;

/// <summary>
/// The Start / Done / Skip buttons under a milestone. Their ids carry the milestone id, so a
/// button on a week-old message still works after a restart.
/// </summary>
public static class ProgressButtons
{
    public const string Handler = "progress";

    public static ActionRow For(string milestoneId, MilestoneStatus status)
    {
        var buttons = new List<MessageComponent>();
        if (status is MilestoneStatus.NotStarted or MilestoneStatus.Skipped)
        {
            buttons.Add(Button("start", "Start", ButtonStyle.Primary, milestoneId));
        }

        if (status != MilestoneStatus.Done)
        {
            buttons.Add(Button("done", "Done", ButtonStyle.Success, milestoneId));
        }

        if (status is MilestoneStatus.NotStarted or MilestoneStatus.InProgress)
        {
            buttons.Add(Button("skip", "Skip", ButtonStyle.Secondary, milestoneId));
        }

        if (status != MilestoneStatus.NotStarted)
        {
            buttons.Add(Button("undo", "Undo", ButtonStyle.Secondary, milestoneId));
        }

        return new ActionRow { Components = buttons };
    }

    private static Button Button(string action, string label, ButtonStyle style, string milestoneId) =>
        new() { Style = style, Label = label, CustomId = CustomId.Create(Handler, action, milestoneId) };
}
