using Roadmap.Discord;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Browse;

/// <summary>A row holding one select menu, with at most the 25 options Discord allows.</summary>
internal static class SelectMenu
{
    public static ActionRow Of(string customId, string placeholder, IEnumerable<(string Label, string Value)> options) => new()
    {
        Components =
        [
            new StringSelect
            {
                CustomId = customId,
                Placeholder = placeholder,
                Options = options.Take(DiscordLimits.SelectOptions).Select(o => new SelectOption { Label = o.Label, Value = o.Value }).ToList(),
            },
        ],
    };
}
