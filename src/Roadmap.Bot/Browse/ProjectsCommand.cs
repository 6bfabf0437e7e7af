using Roadmap.Bot.Content;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;
using static Roadmap.Discord.Interactions.CommandBuilder;

namespace Roadmap.Bot.Browse;

/// <summary>/projects [level:] [milestone:]: project ideas to practise with; the menu opens one.</summary>
internal sealed class ProjectsCommand(RoadmapContent content, ContentChoices<Milestone> milestones, ContentChoices<ProjectIdea> projects) : ISlashCommand, IAutocompleteSource, IComponentHandler
{
    private const string LevelOption = "level";

    private const string MilestoneOption = "milestone";

    public ApplicationCommand Definition { get; } = Slash("projects", "Project ideas to practise with, by level or milestone",
        Choice(LevelOption, "How big a challenge", false, ("Beginner", "beginner"), ("Intermediate", "intermediate"), ("Advanced", "advanced")),
        TextOption(MilestoneOption, "Only ideas that practise this milestone", autocomplete: true));

    public string ComponentName => ProjectCards.Handler;

    public ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        IEnumerable<ProjectIdea> found = content.Projects;
        var heading = "Project ideas";
        if (context.Options.Text(LevelOption) is { } levelText && Enum.TryParse<ProjectLevel>(levelText, ignoreCase: true, out var level))
        {
            found = found.Where(p => p.Level == level);
            heading = $"{char.ToUpperInvariant(levelText[0])}{levelText[1..]} project ideas";
        }

        if (context.Options.Text(MilestoneOption) is { } typed)
        {
            if (milestones.Find(typed) is not { } milestone)
            {
                return ValueTask.FromResult(milestones.Unknown(typed));
            }

            found = found.Where(p => p.MilestoneIds.Contains(milestone.Id, StringComparer.Ordinal));
            heading += $" that practise {milestone.Title}";
        }

        var list = found.ToList();
        if (list.Count == 0)
        {
            return ValueTask.FromResult(Reply.Problem("No project idea matches that. Try another level, or leave out `milestone:` to see them all."));
        }

        return ValueTask.FromResult(Reply.Card(ProjectCards.List(list, heading), ephemeral: false, ProjectCards.Menu(list)));
    }

    public ValueTask<IReadOnlyList<ApplicationCommandOptionChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(milestones.Suggest(context.Options.FocusedText));
    }

    public ValueTask<Reply> HandleComponentAsync(ComponentContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var picked = context.Values is [var value, ..] ? value : "";
        return ValueTask.FromResult(projects.Find(picked) is { } project
            ? Reply.Card(ProjectCards.Full(content, project), ephemeral: true)
            : projects.Unknown(picked));
    }
}
