using System.Text;
using Roadmap.Bot.Progress;
using Roadmap.Bot.Text;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;
using static Roadmap.Discord.Interactions.CommandBuilder;

namespace Roadmap.Bot.Cohorts.Challenges;

/// <summary><c>/challenge list | submit | board</c>: members see a server's challenges, submit a link, and see where they stand.</summary>
internal sealed class ChallengeCommand(ChallengePicker picker, ChallengeStore store, SubmissionService submissions) : ISlashCommand, IAutocompleteSource
{
    private const string ChallengeOption = "challenge";
    private const int ListLength = 15;

    public ApplicationCommand Definition { get; } = Slash("challenge", "Your cohort's challenges: see them, submit a link, see the board",
        Subcommand("list", "The challenges in this server, open ones first",
            TextOption("cohort", "Only this cohort's", autocomplete: true)),
        Subcommand("submit", "Submit a link to what you built; submitting again replaces it",
            TextOption(ChallengeOption, "The challenge", required: true, autocomplete: true),
            TextOption("link", "An https:// link, such as your repository", required: true, maxLength: SubmissionLink.MaxLength),
            TextOption("note", "A short note for the reviewer", maxLength: ProgressService.MaxNoteLength)),
        Subcommand("board", "Who has an accepted submission",
            TextOption(ChallengeOption, "The challenge", required: true, autocomplete: true))) with
    {
        Contexts = GuildOnly,
    };

    public async ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Caller.GuildId is not { } guildId)
        {
            return Reply.Problem("Challenges belong to a server: use this command in the server.");
        }

        var options = context.Options;
        switch (options.Subcommand)
        {
            case "submit":
                return await submissions.SubmitAsync(guildId, context.Caller.UserId, options.Text(ChallengeOption), options.Text("link"), options.Text("note"), cancellationToken);
            case "board":
                var picked = await picker.ChallengeAsync(guildId, options.Text(ChallengeOption), cancellationToken);
                return picked.Value is not { } challenge ? picked.Refusal : await BoardAsync(challenge, cancellationToken);
            default:
                return await ListAsync(guildId, options.Text("cohort"), cancellationToken);
        }
    }

    public async ValueTask<IReadOnlyList<ApplicationCommandOptionChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Caller.GuildId is not { } guildId)
        {
            return [];
        }

        return context.Options.Focused == "cohort"
            ? await picker.SuggestCohortsAsync(guildId, context.Options.FocusedText, cancellationToken)
            : await picker.SuggestChallengesAsync(guildId, context.Options.FocusedText, cancellationToken);
    }

    private async Task<Reply> ListAsync(ulong guildId, string? typedCohort, CancellationToken cancellationToken)
    {
        long? cohortId = null;
        if (typedCohort is not null)
        {
            var picked = await picker.CohortAsync(guildId, typedCohort, cancellationToken);
            if (picked.Value is not { } cohort)
            {
                return picked.Refusal;
            }

            cohortId = cohort.Id;
        }

        var challenges = await store.ListAsync(guildId, cohortId, ListLength, cancellationToken);
        if (challenges.Count == 0)
        {
            return Reply.Text("There are no challenges here yet. Moderators post them with `/mod challenge post`.", ephemeral: true);
        }

        var text = new StringBuilder();
        foreach (var challenge in challenges)
        {
            var state = challenge.IsClosed ? "closed" : "due " + ModeratorTime.Show(challenge.DueAt);
            text.Append($"**#{challenge.Id} {DiscordText.Escape(challenge.Title)}** · {DiscordText.Escape(challenge.CohortName)} · {state}\n");
        }

        var embed = new Embed
        {
            Title = "Challenges",
            Description = text.ToString(),
            Footer = new EmbedFooter { Text = "Submit with /challenge submit, see who is through with /challenge board" },
        };
        return Reply.Card(embed, ephemeral: true);
    }

    private async Task<Reply> BoardAsync(Challenge challenge, CancellationToken cancellationToken)
    {
        var board = await store.MemberBoardAsync(challenge, BoardText.Listed, cancellationToken);
        var state = challenge.IsClosed ? "closed" : "due " + ModeratorTime.Show(challenge.DueAt);
        return Reply.Card(new Embed
        {
            Title = DiscordText.Truncate("Board: " + challenge.Title, 256),
            Description = $"{DiscordText.Escape(challenge.CohortName)} · {state}\n\n{BoardText.Render(board)}",
        }, ephemeral: true);
    }
}
