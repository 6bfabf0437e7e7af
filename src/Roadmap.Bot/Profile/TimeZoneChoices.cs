using NodaTime;
using Roadmap.Bot.Text;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Profile;

/// <summary>The IANA time zones a member can pick, searchable by city or region ("berl" finds Europe/Berlin).</summary>
internal sealed class TimeZoneChoices
{
    private readonly ChoiceIndex<string> _index = new(
        DateTimeZoneProviders.Tzdb.Ids.Where(id => id.Contains('/', StringComparison.Ordinal) && !id.StartsWith("Etc/", StringComparison.Ordinal)).Append("UTC").Order(StringComparer.Ordinal),
        id => id,
        id => id.Replace('_', ' '));

    public IReadOnlyList<ApplicationCommandOptionChoice> Suggest(string typed) =>
        _index.Find(typed).Select(id => ApplicationCommandOptionChoice.FromString(id.Replace('_', ' '), id)).ToList();

    /// <summary>The canonical id for what was typed, ignoring case; null when it is not a time zone.</summary>
    public static string? Find(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var text = typed.Trim().Replace(' ', '_');
        return DateTimeZoneProviders.Tzdb.Ids.FirstOrDefault(id => string.Equals(id, text, StringComparison.OrdinalIgnoreCase));
    }

    public string? Closest(string typed) => _index.Find(typed, limit: 1) is [var first, ..] ? first : null;
}
