using System.Globalization;
using Roadmap.Bot.Text;
using Roadmap.Discord;
using Roadmap.Discord.Models;
using static Roadmap.Discord.Interactions.CommandBuilder;

namespace Roadmap.Bot.Cohorts;

/// <summary>
/// Every <c>cohort:</c> option: it autocompletes with this server's cohorts (the name shown, the id
/// sent), and reads back what was sent, an id or a name typed in full, within the caller's server
/// only. An id from another server is unknown, exactly like an id that never existed.
/// </summary>
internal sealed class CohortPicker(CohortStore cohorts)
{
    public const string Option = "cohort";

    public static ApplicationCommandOption Definition(string description, bool required = true) =>
        TextOption(Option, description, required, autocomplete: true, maxLength: CohortLimits.Picked);

    /// <summary>The server's cohort the member picked or typed; null when this server has none by that id or name.</summary>
    public async Task<Cohort?> FindAsync(ulong guildId, string typed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var text = typed.Trim();
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            && await cohorts.FindAsync(guildId, id, cancellationToken) is { } byId)
        {
            return byId;
        }

        // A name typed without picking from the list: the cohort by that name that is not archived.
        var active = await cohorts.ListAsync(guildId, includeArchived: false, cancellationToken);
        return active.FirstOrDefault(c => string.Equals(c.Name, text, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The server's cohorts whose name holds what was typed, not archived ones unless asked.</summary>
    public async Task<IReadOnlyList<ApplicationCommandOptionChoice>> ChoicesAsync(ulong guildId, string typed, bool includeArchived, CancellationToken cancellationToken)
    {
        var all = await cohorts.ListAsync(guildId, includeArchived, cancellationToken);
        return all
            .Where(c => typed.Length == 0 || c.Name.Contains(typed.Trim(), StringComparison.OrdinalIgnoreCase))
            .Take(DiscordLimits.ChoiceCount)
            .Select(c => ApplicationCommandOptionChoice.FromString(
                DiscordText.Truncate(c.IsArchived ? c.Name + " (archived)" : c.Name, DiscordLimits.ChoiceName),
                c.Id.ToString(CultureInfo.InvariantCulture)))
            .ToList();
    }

    /// <summary>The answer for a cohort this server does not have.</summary>
    public static string Unknown(string typed) =>
        $"There is no cohort `{DiscordText.Escape(DiscordText.Truncate(typed, 40))}` in this server. Start typing its name and pick it from the list; `/cohort list` shows them all.";

    /// <summary>The answer for an archived cohort, which nobody can join or change any more.</summary>
    public static string Archived(Cohort cohort)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        return $"**{DiscordText.Escape(cohort.Name)}** is archived: it has ended and nothing about it changes any more. `/cohort list` shows the cohorts running now.";
    }
}
