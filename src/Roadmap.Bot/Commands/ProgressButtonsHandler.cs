using Roadmap.Bot.Cards;
using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Commands;

/// <summary>Clicks on Start / Done / Skip / Undo under any card, however old the message.</summary>
public sealed class ProgressButtonsHandler(StatusChanges changes) : IComponentHandler
{
    public string ComponentName => ProgressButtons.Handler;

    public async ValueTask<Reply> HandleComponentAsync(ComponentContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Id.Action is not ("start" or "done" or "skip" or "undo") || context.Id.Argument(0) is not { } milestoneId)
        {
            return Reply.Problem("This button no longer works. Run the command again for a fresh one.");
        }

        return await changes.ApplyAsync(context.Id.Action, context.Caller.UserId, milestoneId, note: null, cancellationToken).ConfigureAwait(false);
    }
}
