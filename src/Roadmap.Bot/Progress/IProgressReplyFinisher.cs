using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Progress;

/// <summary>
/// Runs after a member's status change was written (/start, /done, /skip or /undo, typed or clicked
/// on any card or nudge) and may add to the answer. Progress owns this seam so that a feature that
/// reacts to progress (weekly nudges: the opt-in offer, the fatigue count) plugs in from its own
/// folder, and Progress never needs to know it exists.
/// </summary>
internal interface IProgressReplyFinisher
{
    ValueTask<Reply> FinishAsync(ulong memberId, ProgressOutcome outcome, Reply reply, CancellationToken cancellationToken);
}
