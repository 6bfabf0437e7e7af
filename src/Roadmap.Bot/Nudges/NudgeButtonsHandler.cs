using Roadmap.Bot.Progress;
using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Nudges;

/// <summary>
/// Clicks on a nudge's buttons, from the member's DMs (no server: the caller is the interaction's
/// user) however old the nudge. Start and Done go through the same <see cref="StatusChanges"/> as
/// /start and /done, so when the milestone changed since the nudge the answer says so ("already
/// done; nothing changed"). Skip this week and Stop nudges are /nudges skip and /nudges off. Every
/// answer is only for the member.
/// </summary>
internal sealed class NudgeButtonsHandler(StatusChanges changes, NudgeService nudges) : IComponentHandler
{
    public string ComponentName => NudgeButtons.Handler;

    public async ValueTask<Reply> HandleComponentAsync(ComponentContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var memberId = context.Caller.UserId;
        switch (context.Id.Action)
        {
            case NudgeButtons.SkipWeek:
                return NudgeReplies.Skip(await nudges.SkipAsync(memberId, cancellationToken));
            case NudgeButtons.Stop:
                return NudgeReplies.Off(await nudges.TurnOffAsync(memberId, cancellationToken));
        }

        if (StatusActions.Find(context.Id.Action) is not { } action || action is not (StatusAction.Start or StatusAction.Done) || context.Id.Argument(0) is not { } milestoneId)
        {
            return Reply.Problem("This button no longer works. `/next` shows what to work on now.");
        }

        return await changes.ApplyAsync(action, memberId, milestoneId, note: null, cancellationToken);
    }
}
