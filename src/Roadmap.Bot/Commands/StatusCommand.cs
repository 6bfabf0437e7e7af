using Roadmap.Bot.Content;
using Roadmap.Bot.Learners;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;
using static Roadmap.Discord.Interactions.CommandBuilder;

namespace Roadmap.Bot.Commands;

/// <summary>
/// /start, /done, /skip and /undo: four top-level commands that differ only in their action and
/// wording, so one class serves all four (see <see cref="All"/>).
/// </summary>
public sealed class StatusCommand(string action, string description, StatusChanges changes, ContentChoices<Milestone> milestones) : ISlashCommand, IAutocompleteSource
{
    public static readonly IReadOnlyList<(string Action, string Description)> All =
    [
        ("start", "Start working on a milestone"),
        ("done", "Mark a milestone done, with an optional note"),
        ("skip", "Skip a milestone you already know or don't need"),
        ("undo", "Undo your last change to a milestone"),
    ];

    public ApplicationCommand Definition { get; } = action == "done"
        ? Slash(action, description, MilestoneOption, TextOption("note", "A short note for yourself: what you built or learned", maxLength: ProgressService.MaxNoteLength))
        : Slash(action, description, MilestoneOption);

    private static ApplicationCommandOption MilestoneOption => TextOption("milestone", "The milestone: start typing its name", required: true, autocomplete: true);

    public async ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return await changes.ApplyAsync(action, context.Caller.UserId, context.Options.Text("milestone")!, context.Options.Text("note"), cancellationToken).ConfigureAwait(false);
    }

    public ValueTask<IReadOnlyList<ApplicationCommandOptionChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(milestones.Suggest(context.Options.FocusedText));
    }
}
