using Roadmap.Bot.Progress;
using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Nudges;

/// <summary>
/// Clicks on a nudge's buttons, however old the nudge: in the member's DMs, or in a server's nudge
/// channel (when their DMs are closed), where anyone can click, so a button acts only for the member
/// its id carries and anyone else is refused, changing nothing. Also the opt-in offered under a first
/// recorded progress. Start and
/// Done go through the same <see cref="StatusChanges"/> as /start and /done, so when the milestone
/// changed since the nudge the answer says so ("already done; nothing changed"). Skip this week and
/// Stop nudges are /nudges skip and /nudges off. Every press on a nudge is a sign of life for the
/// fatigue rule (<see cref="NudgeFatigue"/>). Every answer is only for the member.
/// </summary>
internal sealed class NudgeButtonsHandler(StatusChanges changes, NudgeService nudges) : IComponentHandler
{
    public string ComponentName => NudgeButtons.Handler;

    public async ValueTask<Reply> HandleComponentAsync(ComponentContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var memberId = context.Caller.UserId;
        if (context.Id.Action == NudgeOptIn.Action)
        {
            return await OptInAsync(context.Id, memberId, cancellationToken);
        }

        switch (NudgeButtons.OwnerOf(context.Id))
        {
            case { } owner when owner != memberId:
                return Reply.Problem(NotYours(owner));
            case null when context.Caller.IsInServer:
                // An id without its member was only ever sent in a DM; in a server it can act for no one.
                return Reply.Problem("This button no longer works. `/nudges status` shows your own weekly nudge.");
        }

        switch (context.Id.Action)
        {
            case NudgeButtons.Keep:
                return NudgeButtons.KeptDueAt(context.Id) is { } dueAt
                    ? NudgeReplies.Keep(await nudges.KeepAsync(memberId, dueAt, cancellationToken))
                    : Reply.Problem("This button no longer works. `/nudges status` shows your weekly nudge.");
        }

        // Whatever the button then does (or refuses), pressing it shows the nudges are read.
        await nudges.AnsweredAsync(memberId, cancellationToken);
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

    /// <summary>The refusal for someone pressing another member's nudge buttons in a nudge channel.</summary>
    public static string NotYours(ulong ownerId) =>
        $"These buttons are for <@{ownerId.ToString(System.Globalization.CultureInfo.InvariantCulture)}>'s nudge; use `/nudges` for your own.";

    /// <summary>
    /// "Send me a weekly nudge": /nudges on at the offered day and time, confirmation DM included.
    /// Only for the member it was offered to; nudges already on stay as the member set them.
    /// </summary>
    private async Task<Reply> OptInAsync(CustomId id, ulong memberId, CancellationToken cancellationToken)
    {
        if (NudgeOptIn.Read(id) is not { } offer)
        {
            return Reply.Problem("This button no longer works. `/nudges on` turns the weekly nudge on.");
        }

        if (offer.MemberId != memberId)
        {
            return Reply.Problem(NudgeOptIn.NotYours);
        }

        var status = await nudges.StatusAsync(memberId, cancellationToken);
        if (status.Settings is { State: NudgeState.On } on)
        {
            return Reply.Text($"Your weekly nudges are already on: {NudgeReplies.Describe(on)}. `/nudges status` shows them; `/nudges on day: time:` changes them.", ephemeral: true);
        }

        var outcome = await nudges.TurnOnAsync(memberId, offer.Day, offer.Time, cancellationToken);
        return outcome.Kind == NudgeOutcomeKind.NeedsTimeZone ? Reply.Problem(NudgeOptIn.AskForTimeZone) : NudgeReplies.On(outcome);
    }
}
