using Roadmap.Bot.Progress;
using Roadmap.Bot.Text;
using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Cohorts.Challenges;

/// <summary>
/// A member submits a link to a challenge, typed (<c>/challenge submit</c>) or through the Submit
/// form: the link follows <see cref="SubmissionLink"/>, the note the rules of a <c>/done</c> note, and
/// the challenge must be open in a cohort that is not archived. Anything else changes nothing.
/// </summary>
internal sealed class SubmissionService(ChallengePicker picker, ChallengeStore store)
{
    public async Task<Reply> SubmitAsync(ulong guildId, ulong memberId, string? typedChallenge, string? link, string? note, CancellationToken cancellationToken)
    {
        var picked = await picker.ChallengeAsync(guildId, typedChallenge, cancellationToken);
        if (picked.Value is not { } challenge)
        {
            return picked.Refusal;
        }

        if (Problem(challenge, link ?? "", note) is { } problem)
        {
            return Reply.Problem(problem);
        }

        var replaced = await store.CurrentAsync(challenge, memberId, cancellationToken) is not null;
        var trimmedNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        var submission = await store.SubmitAsync(challenge, memberId, link!.Trim(), trimmedNote, cancellationToken);
        return Reply.Text(Confirmation(challenge, submission, replaced), ephemeral: true);
    }

    /// <summary>Why this submission cannot be taken, in words; null when it can.</summary>
    private static string? Problem(Challenge challenge, string link, string? note)
    {
        if (challenge.IsCohortArchived)
        {
            return $"The cohort **{DiscordText.Escape(challenge.CohortName)}** is archived, so its challenges take no more submissions.";
        }

        if (challenge.IsClosed)
        {
            return $"**{DiscordText.Escape(challenge.Title)}** is closed, so it takes no more submissions. See how it went with `/challenge board challenge:{challenge.Id}`.";
        }

        if (SubmissionLink.Problem(link) is { } linkProblem)
        {
            return linkProblem + " Nothing was submitted.";
        }

        return note is not null && note.Trim().Length > ProgressService.MaxNoteLength
            ? $"A note can be at most {ProgressService.MaxNoteLength} characters; yours is longer, so nothing was submitted. Shorten it and try again."
            : null;
    }

    private static string Confirmation(Challenge challenge, ChallengeSubmissionRow submission, bool replaced)
    {
        var text = $"Submitted <{submission.Link}> to **{DiscordText.Escape(challenge.Title)}**. A moderator will review it, and you'll hear the verdict by direct message.";
        if (replaced)
        {
            text += " It replaces your earlier submission.";
        }

        if (submission.Late)
        {
            text += " The due date had passed, so it is marked late: it is still reviewed, but it doesn't count on the board.";
        }

        return text;
    }
}
