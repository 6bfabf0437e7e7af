namespace Roadmap.Bot.Text;

/// <summary>
/// Ranks items for autocomplete: exact id, id prefix, title prefix, word prefix, substring, then
/// close typos, ties kept in the authored order. Keys are lowered once, when the index is built.
/// </summary>
internal sealed class ChoiceIndex<T>
{
    private readonly List<Entry> _entries;

    public ChoiceIndex(IEnumerable<T> items, Func<T, string> id, Func<T, string> title)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(title);
        _entries = items.Select((item, order) =>
        {
            var lowerId = id(item).ToLowerInvariant();
            var lowerTitle = title(item).ToLowerInvariant();
            var words = lowerTitle.Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries)
                .Concat(lowerId.Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries))
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            return new Entry(item, order, lowerId, lowerTitle, words);
        }).ToList();
    }

    private static readonly char[] WordBreaks = [' ', '-', '/', '_', '(', ')', ',', '.', ':'];

    public IReadOnlyList<T> Find(string? query, int limit = 25)
    {
        var needle = (query ?? "").Trim().ToLowerInvariant();
        var matches = new List<(int Score, int Order)>();
        for (var i = 0; i < _entries.Count; i++)
        {
            var score = needle.Length == 0 ? 0 : Score(_entries[i], needle);
            if (score < int.MaxValue)
            {
                matches.Add((score, i));
            }
        }

        matches.Sort();
        var found = new List<T>(Math.Min(limit, matches.Count));
        for (var i = 0; i < matches.Count && i < limit; i++)
        {
            found.Add(_entries[matches[i].Order].Item);
        }

        return found;
    }

    private static int Score(Entry entry, string needle)
    {
        if (entry.Id == needle)
        {
            return 0;
        }

        if (entry.Id.StartsWith(needle, StringComparison.Ordinal))
        {
            return 1;
        }

        if (entry.Title.StartsWith(needle, StringComparison.Ordinal))
        {
            return 2;
        }

        foreach (var word in entry.Words)
        {
            if (word.StartsWith(needle, StringComparison.Ordinal))
            {
                return 3;
            }
        }

        if (entry.Id.Contains(needle, StringComparison.Ordinal) || entry.Title.Contains(needle, StringComparison.Ordinal))
        {
            return 4;
        }

        // A typo: compare with each word (cut to the typed length plus the allowance, so a prefix with
        // a slip still matches a long word) and with the whole id.
        var allowed = Math.Max(1, needle.Length / 4);
        var best = EditDistance.Between(needle, entry.Id);
        foreach (var word in entry.Words)
        {
            var compared = word.Length > needle.Length + allowed ? word.AsSpan(0, needle.Length) : word.AsSpan();
            best = Math.Min(best, EditDistance.Between(needle, compared));
        }

        return best <= allowed ? 5 + best : int.MaxValue;
    }

    private sealed record Entry(T Item, int Order, string Id, string Title, string[] Words);
}
