using Roadmap.Bot.Content;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;
using static Roadmap.Discord.Interactions.CommandBuilder;

namespace Roadmap.Bot.Progress;

/// <summary>
/// /start, /done, /skip and /undo: four top-level commands that differ only in their action and
/// wording, so one class serves all four (one instance per <see cref="StatusAction"/>).
/// </summary>
internal sealed class StatusCommand(StatusAction action, StatusChanges changes, ContentChoices<Milestone> milestones) : ISlashCommand, IAutocompleteSource
{
    public const string MilestoneOption = "milestone";

    public const string NoteOption = "note";

    public ApplicationCommand Definition { get; } = action == StatusAction.Done
        ? Slash(action.Name(), Describe(action), Milestone(), TextOption(NoteOption, "A short note for yourself: what you built or learned", maxLength: ProgressService.MaxNoteLength))
        : Slash(action.Name(), Describe(action), Milestone());

    public async ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var typed = context.Options.Text(MilestoneOption)!;
        return await changes.ApplyAsync(action, context.Caller.UserId, typed, context.Options.Text(NoteOption), cancellationToken);
    }

    public ValueTask<IReadOnlyList<ApplicationCommandOptionChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(milestones.Suggest(context.Options.FocusedText));
    }

    private static ApplicationCommandOption Milestone() =>
        TextOption(MilestoneOption, "The milestone: start typing its name", required: true, autocomplete: true);

    private static string Describe(StatusAction action) => action switch
    {
        StatusAction.Start => "Start working on a milestone",
        StatusAction.Done => "Mark a milestone done, with an optional note",
        StatusAction.Skip => "Skip a milestone you already know or don't need",
        _ => "Undo your last change to a milestone",
    };
}
