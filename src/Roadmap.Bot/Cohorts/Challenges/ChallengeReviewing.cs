using Roadmap.Bot.Nudges;
using Roadmap.Bot.Text;
using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Cohorts.Challenges;

/// <summary>
/// <c>/mod challenge review</c>: sets the verdict on the member's current submission and tells them
/// privately, by direct message the way nudges go (the DM channel kept for nudges, opened once). When
/// their DMs are closed the verdict still stands and the moderator is told it could not be delivered.
/// </summary>
internal sealed class ChallengeReviewing(ChallengeStore store, NudgeStore nudges, INudgeSender? sender = null)
{
    public const int MaxFeedback = 1000;

    public async Task<Reply> ReviewAsync(Challenge challenge, ulong memberId, string verdict, string? feedback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        var trimmed = string.IsNullOrWhiteSpace(feedback) ? null : feedback.Trim();
        if (trimmed is { Length: > MaxFeedback })
        {
            return Reply.Problem($"Feedback can be at most {MaxFeedback} characters; yours has {trimmed.Length}. Nothing was recorded.");
        }

        if (await store.ReviewAsync(challenge, memberId, verdict, trimmed, cancellationToken) is not { } submission)
        {
            return Reply.Problem($"<@{memberId}> has no submission to **{DiscordText.Escape(challenge.Title)}**, so there is nothing to review.");
        }

        var recorded = $"Recorded **{Verdicts.Words(verdict)}** for <@{memberId}>'s submission to **{DiscordText.Escape(challenge.Title)}**.";
        var delivery = await TellAsync(challenge, submission, cancellationToken);
        return Reply.Text(delivery switch
        {
            { Outcome: NudgeDeliveryOutcome.Sent } => recorded + " They were told by direct message.",
            { Outcome: NudgeDeliveryOutcome.DmsClosed } => recorded + " I couldn't tell them: their direct messages are closed to the bot. Let them know another way.",
            null => recorded + " I have no way to message them here.",
            _ => recorded + $" I couldn't tell them: {delivery.Reason ?? "Discord refused the message"}.",
        }, ephemeral: true);
    }

    private async Task<NudgeDelivery?> TellAsync(Challenge challenge, ChallengeSubmissionRow submission, CancellationToken cancellationToken)
    {
        if (sender is null)
        {
            return null;
        }

        var kept = (await nudges.StatusAsync(submission.MemberId, cancellationToken)).Settings?.DmChannelId;
        var delivery = await sender.ConfirmAsync(submission.MemberId, kept, Message(challenge, submission), cancellationToken);
        if (delivery.DmChannelId is { } opened && opened != kept)
        {
            await nudges.KeepDmChannelAsync(submission.MemberId, opened, cancellationToken);
        }

        return delivery;
    }

    private static string Message(Challenge challenge, ChallengeSubmissionRow submission)
    {
        var verdict = submission.Verdict == Verdicts.Accepted
            ? "✅ **Accepted**. Well done!"
            : "🛠️ **Needs work**. Have another go and submit again: your new link replaces this one.";
        var text = $"A moderator reviewed your submission to **{DiscordText.Escape(challenge.Title)}** ({DiscordText.Escape(challenge.CohortName)}): <{submission.Link}>\n{verdict}";
        if (submission.Feedback is { } feedback)
        {
            text += "\n> " + DiscordText.Escape(feedback);
        }

        if (submission.Late)
        {
            text += "\nIt came in after the due date, so it doesn't count on the board.";
        }

        return text;
    }
}
