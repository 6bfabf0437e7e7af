using Roadmap.Bot.Content;
using Roadmap.Bot.Progress;
using Roadmap.Bot.Text;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;
using static Roadmap.Discord.Interactions.CommandBuilder;

namespace Roadmap.Bot.Browse;

/// <summary>/resources topic: [kind:] [free:]: material for a milestone (your stack first) or for a keyword.</summary>
internal sealed class ResourcesCommand(RoadmapContent content, ContentChoices<Milestone> milestones, LearnerReader learners) : ISlashCommand, IAutocompleteSource
{
    private const string TopicOption = "topic";

    private const string KindOption = "kind";

    public ApplicationCommand Definition { get; } = Slash("resources", "Docs, courses, books and tools for a milestone or a keyword",
        TextOption(TopicOption, "A milestone, or a keyword such as docker or sql", required: true, autocomplete: true, maxLength: 100),
        Choice(KindOption, "Only this kind of resource", false, Enum.GetNames<ResourceKind>().Select(k => (k, k.ToLowerInvariant())).ToArray()),
        Flag("free", "true: only free resources; false: only paid ones"));

    public async ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var topic = context.Options.Text(TopicOption)!.Trim();
        var kind = context.Options.Text(KindOption);
        var free = context.Options.Flag("free");
        var learner = await learners.ReadAsync(context.Caller.UserId, cancellationToken);

        var milestone = milestones.Find(topic);
        var candidates = milestone is not null
            ? ResourcePicker.For(milestone, learner.Stack).Select(r => (milestone, r))
            : content.Milestones.SelectMany(m => ResourcePicker.For(m, learner.Stack).Select(r => (m, r)))
                .Where(pair => Matches(pair.r.Title, topic) || Matches(pair.m.Title, topic) || Matches(pair.m.Id, topic));
        var found = candidates
            .Where(pair => kind is null || string.Equals(pair.r.Kind.ToString(), kind, StringComparison.OrdinalIgnoreCase))
            .Where(pair => free is null || pair.r.IsFree == free)
            .ToList();

        var filters = string.Join(" · ", new[] { kind is null ? null : $"kind: {kind}", free is null ? null : free.Value ? "free only" : "paid only", learner.Stack is null ? "No stack set: /profile stack: adds resources for your language" : null }.OfType<string>());
        if (found.Count == 0)
        {
            return milestone is null
                ? Reply.Problem($"I found no resources for `{DiscordText.Escape(DiscordText.Truncate(topic, 60))}`. Try a milestone name (start typing and pick from the list) or a broader keyword.")
                : Reply.Problem($"**{milestone.Title}** has no resources that match those filters. Leave out `kind:` or `free:` to see them all.");
        }

        var heading = milestone is null ? $"Resources for “{DiscordText.Truncate(topic, 60)}”" : $"Resources for {milestone.Title}";
        return Reply.Card(ResourcesCard.Build(heading, found, filters));
    }

    public ValueTask<IReadOnlyList<ApplicationCommandOptionChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(milestones.Suggest(context.Options.FocusedText));
    }

    private static bool Matches(string text, string keyword) => text.Contains(keyword, StringComparison.OrdinalIgnoreCase);
}
