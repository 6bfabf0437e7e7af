using Roadmap.Bot.Content;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;
using static Roadmap.Discord.Interactions.CommandBuilder;

namespace Roadmap.Bot.Cohorts.Challenges;

/// <summary>
/// <c>/mod challenge post | close | extend | review</c>. <see cref="ModCommand"/> has checked the caller
/// may moderate; this part reads the options in the caller's server and hands each to its service.
/// </summary>
internal sealed class ModChallengeCommands(
    ChallengePicker picker,
    ChallengePosting posting,
    ChallengeExtending extending,
    ChallengeClosing closing,
    ChallengeReviewing reviewing,
    ContentChoices<Milestone> milestones,
    ContentChoices<ProjectIdea> projects) : IModeratorCommands
{
    private const string Cohort = "cohort";
    private const string ChallengeOption = "challenge";
    private const string Due = "due";

    public ApplicationCommandOption Definition { get; } = SubcommandGroup("challenge", "Post, close, extend and review a cohort's challenges",
        Subcommand("post", "Post a challenge in a cohort's channel, with Join and Submit buttons",
            TextOption(Cohort, "The cohort it is for", required: true, autocomplete: true),
            TextOption("title", "What to build, in a few words", required: true, maxLength: ChallengePosting.MaxTitle),
            TextOption(Due, "When it is due on your clock: 2026-12-15 18:00, or 2026-12-15 for the end of that day", required: true, maxLength: 40),
            TextOption("milestone", "The roadmap milestone it practises", autocomplete: true),
            TextOption("project", "A project idea to build", autocomplete: true),
            TextOption("details", "What a good submission has", maxLength: ChallengePosting.MaxDetails)),
        Subcommand("close", "Close a challenge and post its results",
            TextOption(ChallengeOption, "The challenge", required: true, autocomplete: true)),
        Subcommand("extend", "Give a challenge a later due date",
            TextOption(ChallengeOption, "The challenge", required: true, autocomplete: true),
            TextOption(Due, "The new due date on your clock: 2026-12-15 18:00, or 2026-12-15", required: true, maxLength: 40)),
        Subcommand("review", "Accept a member's submission or ask for more work; they are told by DM",
            TextOption(ChallengeOption, "The challenge", required: true, autocomplete: true),
            Member("member", "Whose submission", required: true),
            Choice("verdict", "Your verdict", true, ("accepted", "accepted"), ("needs work", "needs-work")),
            TextOption("feedback", "What was good, what to improve", maxLength: ChallengeReviewing.MaxFeedback)));

    public async ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var guildId = context.Caller.GuildId!.Value;
        var options = context.Options;
        if (options.Subcommand == "challenge post")
        {
            return await PostAsync(context, guildId, cancellationToken);
        }

        var picked = await picker.ChallengeAsync(guildId, options.Text(ChallengeOption), cancellationToken);
        if (picked.Value is not { } challenge)
        {
            return picked.Refusal;
        }

        switch (options.Subcommand)
        {
            case "challenge close":
                return await closing.CloseAsync(challenge, cancellationToken);
            case "challenge extend":
                return await extending.ExtendAsync(challenge, context.Caller.UserId, options.Text(Due), cancellationToken);
            default:
                return Verdicts.FromChoice(options.Text("verdict")) is not { } verdict
                    ? Reply.Problem("Pick a verdict: `accepted` or `needs-work`.")
                    : options.Snowflake("member") is not { } memberId
                        ? Reply.Problem("Pick the member whose submission you reviewed.")
                        : await reviewing.ReviewAsync(challenge, memberId, verdict, options.Text("feedback"), cancellationToken);
        }
    }

    public async ValueTask<IReadOnlyList<ApplicationCommandOptionChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var guildId = context.Caller.GuildId!.Value;
        var typed = context.Options.FocusedText;
        return context.Options.Focused switch
        {
            Cohort => await picker.SuggestCohortsAsync(guildId, typed, cancellationToken),
            ChallengeOption => await picker.SuggestChallengesAsync(guildId, typed, cancellationToken),
            "milestone" => milestones.Suggest(typed),
            "project" => projects.Suggest(typed),
            _ => [],
        };
    }

    private async Task<Reply> PostAsync(CommandContext context, ulong guildId, CancellationToken cancellationToken)
    {
        var options = context.Options;
        var picked = await picker.CohortAsync(guildId, options.Text(Cohort), cancellationToken);
        return picked.Value is not { } cohort
            ? picked.Refusal
            : await posting.PostAsync(context.Caller.UserId, cohort, options.Text("title"), options.Text(Due), options.Text("milestone"), options.Text("project"), options.Text("details"), cancellationToken);
    }
}
