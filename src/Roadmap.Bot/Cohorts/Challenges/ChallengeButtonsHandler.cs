using Roadmap.Bot.Progress;
using Roadmap.Bot.Text;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Cohorts.Challenges;

/// <summary>
/// The announcement's buttons and the Submit form. <b>Join</b> signs the member up; <b>Submit</b> opens
/// a form with the link and a note, and the submitted form is taken like <c>/challenge submit</c>.
/// Every id is looked up in the server the click came from. Where a form cannot open (local mode),
/// the answer says how to submit with the command instead.
/// </summary>
internal sealed class ChallengeButtonsHandler(ChallengePicker picker, ChallengeStore store, SubmissionService submissions) : IComponentHandler, IModalHandler
{
    public string ComponentName => ChallengeButtons.Handler;

    public string ModalName => ChallengeButtons.Handler;

    public async ValueTask<Reply> HandleComponentAsync(ComponentContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Caller.GuildId is not { } guildId)
        {
            return Reply.Problem("Challenges belong to a server: use the buttons in the server.");
        }

        var picked = await picker.ChallengeAsync(guildId, context.Id.Argument(0), cancellationToken);
        if (picked.Value is not { } challenge)
        {
            return picked.Refusal;
        }

        if (challenge.IsClosed || challenge.IsCohortArchived)
        {
            return Reply.Problem($"**{DiscordText.Escape(challenge.Title)}** is closed. See how it went with `/challenge board challenge:{challenge.Id}`.");
        }

        return context.Id.Action switch
        {
            ChallengeButtons.JoinAction => await JoinAsync(challenge, context.Caller.UserId, cancellationToken),
            ChallengeButtons.SubmitAction => Form(challenge),
            _ => Reply.Problem("This button comes from an older version of the bot and no longer works."),
        };
    }

    public async ValueTask<Reply> HandleModalAsync(ModalContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Caller.GuildId is not { } guildId || context.Id.Action != ChallengeButtons.FormAction)
        {
            return Reply.Problem("This form doesn't belong to a challenge in this server. Use `/challenge submit` instead.");
        }

        return await submissions.SubmitAsync(guildId, context.Caller.UserId, context.Id.Argument(0), context.Field(ChallengeButtons.LinkField), context.Field(ChallengeButtons.NoteField), cancellationToken);
    }

    private async Task<Reply> JoinAsync(Challenge challenge, ulong memberId, CancellationToken cancellationToken) =>
        Reply.Text(await store.JoinAsync(challenge, memberId, cancellationToken)
            ? $"You joined **{DiscordText.Escape(challenge.Title)}**, due {ModeratorTime.Show(challenge.DueAt)}. Press **Submit** (or use `/challenge submit`) when you have a link to show."
            : $"You're already in **{DiscordText.Escape(challenge.Title)}**. Press **Submit** when you have a link to show.", ephemeral: true);

    private static Reply Form(Challenge challenge)
    {
        var modal = new Modal
        {
            CustomId = ChallengeButtons.Form(challenge.Id),
            Title = DiscordText.Truncate("Submit: " + challenge.Title, 45),
            Components =
            [
                ActionRow.Of(new TextInput
                {
                    CustomId = ChallengeButtons.LinkField,
                    Label = "Link (https://)",
                    Style = TextInputStyle.SingleLine,
                    Placeholder = "https://github.com/you/project",
                    Required = true,
                    MinLength = 9,
                    MaxLength = SubmissionLink.MaxLength,
                }),
                ActionRow.Of(new TextInput
                {
                    CustomId = ChallengeButtons.NoteField,
                    Label = "Note for the reviewer (optional)",
                    Style = TextInputStyle.Paragraph,
                    Required = false,
                    MaxLength = ProgressService.MaxNoteLength,
                }),
            ],
        };
        return Reply.Form(modal, $"Submit with `/challenge submit challenge:{challenge.Id} link:<your https:// link>` and, if you like, `note:`.");
    }
}
