using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Progress;

/// <summary>Clicks on Start / Done / Skip / Undo under any card, however old the message.</summary>
internal sealed class ProgressButtonsHandler(StatusChanges changes) : IComponentHandler
{
    public string ComponentName => ProgressButtons.Handler;

    public async ValueTask<Reply> HandleComponentAsync(ComponentContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (StatusActions.Find(context.Id.Action) is not { } action || context.Id.Argument(0) is not { } milestoneId)
        {
            return Reply.Problem("This button no longer works. Run the command again for a fresh one.");
        }

        return await changes.ApplyAsync(action, context.Caller.UserId, milestoneId, note: null, cancellationToken);
    }
}
