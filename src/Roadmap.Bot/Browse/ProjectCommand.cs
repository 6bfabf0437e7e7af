using Roadmap.Bot.Content;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;
using static Roadmap.Discord.Interactions.CommandBuilder;

namespace Roadmap.Bot.Browse;

internal sealed class ProjectCommand(RoadmapContent content, ContentChoices<ProjectIdea> projects) : ISlashCommand, IAutocompleteSource
{
    private const string IdeaOption = "idea";

    public ApplicationCommand Definition { get; } = Slash("project", "One project idea in full: requirements, stretch goals, what it practises",
        TextOption(IdeaOption, "The project idea: start typing its name", required: true, autocomplete: true));

    public ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var typed = context.Options.Text(IdeaOption)!;
        return ValueTask.FromResult(projects.Find(typed) is { } project
            ? Reply.Card(ProjectCards.Full(content, project))
            : projects.Unknown(typed));
    }

    public ValueTask<IReadOnlyList<ApplicationCommandOptionChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(projects.Suggest(context.Options.FocusedText));
    }
}
