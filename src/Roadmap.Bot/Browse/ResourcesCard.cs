using Roadmap.Bot.Cards;
using Roadmap.Bot.Content;
using Roadmap.Bot.Text;
using Roadmap.Discord;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Browse;

/// <summary>`/resources`: material for a milestone, or everything matching a keyword.</summary>
internal static class ResourcesCard
{
    public const int MaxShown = 15;

    public static Embed Build(string heading, IReadOnlyList<(Milestone Milestone, Resource Resource)> found, string filters)
    {
        ArgumentNullException.ThrowIfNull(found);
        var groups = found.Take(MaxShown).GroupBy(f => f.Milestone.Id).Select(g =>
            $"**{g.First().Milestone.Title}**\n{ContentText.ResourceList(g.Select(f => f.Resource))}");
        var more = found.Count > MaxShown ? $"\n\n…and {found.Count - MaxShown} more; add `kind:` or `free:` to narrow the list." : "";
        return new Embed
        {
            Title = DiscordText.Truncate(heading, DiscordLimits.EmbedTitle),
            Description = DiscordText.Truncate(string.Join("\n\n", groups) + more, DiscordLimits.EmbedDescription),
            Color = Colors.Resources,
            Footer = filters.Length == 0 ? null : new EmbedFooter { Text = filters },
        };
    }
}
