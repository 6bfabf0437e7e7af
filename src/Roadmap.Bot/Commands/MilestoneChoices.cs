using Roadmap.Bot.Content;
using Roadmap.Bot.Text;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Commands;

/// <summary>Finds milestones by what a learner typed: autocomplete choices, and lookups with "did you mean".</summary>
public sealed class MilestoneChoices(RoadmapContent content)
{
    private readonly ChoiceIndex<Milestone> _index = new(content.Milestones, m => m.Id, m => m.Title);

    public IReadOnlyList<ApplicationCommandOptionChoice> Suggest(string typed) =>
        _index.Find(typed).Select(m => ApplicationCommandOptionChoice.FromString(ContentText.MilestoneChoice(m), m.Id)).ToList();

    /// <summary>A milestone by id or exact title, ignoring case; null when there is none.</summary>
    public Milestone? Find(string? typed)
    {
        var text = (typed ?? "").Trim();
        return content.FindMilestone(text.ToLowerInvariant())
            ?? content.Milestones.FirstOrDefault(m => string.Equals(m.Title, text, StringComparison.OrdinalIgnoreCase));
    }

    public Reply Unknown(string typed)
    {
        var closest = _index.Find(typed, limit: 1) is [var first, ..] ? first : null;
        var hint = closest is null ? "" : $" Did you mean `{closest.Id}` ({closest.Title})?";
        return Reply.Problem($"I don't know a milestone called `{DiscordText.Escape(DiscordText.Truncate(typed, 60))}`.{hint} Start typing in the `milestone` option and pick one from the list, or browse them with `/roadmap`.");
    }
}
