using Roadmap.Bot.Progress;
using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Nudges;

/// <summary>
/// What weekly nudges do when a member records progress, through the seam Progress owns: the
/// progress is a sign of life for the fatigue rule (<see cref="NudgeFatigue"/>), and the first time
/// (a start, a finish or a skip; an undo records nothing new) the answer offers the weekly nudge
/// (<see cref="NudgeOptIn"/>), unless the member already has nudge settings of any kind.
/// </summary>
internal sealed class NudgeProgressFinisher(NudgeStore store) : IProgressReplyFinisher
{
    public async ValueTask<Reply> FinishAsync(ulong memberId, ProgressOutcome outcome, Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(reply);

        // An offer that does not fit is not spent: it comes with a later answer that has room.
        var offer = outcome.Kind is ProgressOutcomeKind.Started or ProgressOutcomeKind.Completed or ProgressOutcomeKind.Skipped
            && NudgeOptIn.Fits(reply);
        return await store.ProgressRecordedAsync(memberId, offer, cancellationToken)
            ? NudgeOptIn.AddTo(reply, memberId)
            : reply;
    }
}
