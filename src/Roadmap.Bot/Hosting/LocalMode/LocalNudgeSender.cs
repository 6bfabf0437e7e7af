using Roadmap.Discord.Interactions;
using Roadmap.Bot.Nudges;

namespace Roadmap.Bot.Hosting.LocalMode;

/// <summary>
/// Local mode's nudge: the same message as on Discord, composed the same way, shown in the terminal
/// chat as a message from the bot, buttons numbered like any other. There is no channel and no
/// nonce: the terminal cannot be asked twice for the same message, and the sweep records each once.
/// </summary>
internal sealed class LocalNudgeSender(NudgeComposer composer, LocalInbox inbox) : INudgeSender
{
    /// <summary>Never: the terminal has no limits to stay under.</summary>
    public DateTimeOffset? StoppedUntil => null;

    public async Task<NudgeDelivery> SendAsync(DueNudge nudge, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nudge);
        var composed = await composer.ComposeAsync(nudge, cancellationToken);
        return inbox.Post(composed.Message)
            ? new NudgeDelivery(NudgeDeliveryOutcome.Sent, MilestoneId: composed.MilestoneId)
            : new NudgeDelivery(NudgeDeliveryOutcome.Failed, Reason: "The terminal chat has ended.", MilestoneId: composed.MilestoneId);
    }

    public Task<NudgeDelivery> ConfirmAsync(ulong memberId, ulong? dmChannelId, string text, CancellationToken cancellationToken) =>
        Task.FromResult(inbox.Post(Reply.Text(text))
            ? new NudgeDelivery(NudgeDeliveryOutcome.Sent)
            : new NudgeDelivery(NudgeDeliveryOutcome.Failed, Reason: "The terminal chat has ended."));
}
