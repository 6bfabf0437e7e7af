using Roadmap.Bot.Text;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Content;

/// <summary>
/// Finds content (milestones, project ideas) by what a learner typed: autocomplete choices, lookups
/// by id or exact title, and the "did you mean" answer when nothing matches.
/// </summary>
internal sealed class ContentChoices<T>(IReadOnlyList<T> items, Func<T, string> id, Func<T, string> title, Func<T, string> label, string noun, string browseHint)
    where T : class
{
    private readonly ChoiceIndex<T> _index = new(items, id, title);
    private readonly Dictionary<string, T> _byId = items.ToDictionary(id, StringComparer.Ordinal);

    public IReadOnlyList<ApplicationCommandOptionChoice> Suggest(string typed) =>
        _index.Find(typed).Select(item => ApplicationCommandOptionChoice.FromString(label(item), id(item))).ToList();

    /// <summary>An item by id or exact title, ignoring case; null when there is none.</summary>
    public T? Find(string? typed)
    {
        var text = (typed ?? "").Trim();
        return _byId.GetValueOrDefault(text.ToLowerInvariant())
            ?? items.FirstOrDefault(item => string.Equals(title(item), text, StringComparison.OrdinalIgnoreCase));
    }

    public Reply Unknown(string typed)
    {
        var closest = _index.Find(typed, limit: 1) is [var first, ..] ? first : null;
        var hint = closest is null ? "" : $" Did you mean `{id(closest)}` ({title(closest)})?";
        return Reply.Problem($"I don't know {noun} called `{DiscordText.Escape(DiscordText.Truncate(typed, 60))}`.{hint} {browseHint}");
    }
}
