namespace Roadmap.Bot.Text;

/// <summary>
/// Ranks items for autocomplete: exact id, id prefix, title prefix, word prefix, substring, then
/// close typos, ties kept in the authored order. Keys are lowered once, when the index is built.
/// </summary>
public sealed class ChoiceIndex<T>
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
        if (needle.Length == 0)
        {
            return _entries.Take(limit).Select(e => e.Item).ToList();
        }

        return _entries
            .Select(entry => (entry, score: Score(entry, needle)))
            .Where(pair => pair.score < int.MaxValue)
            .OrderBy(pair => pair.score)
            .ThenBy(pair => pair.entry.Order)
            .Take(limit)
            .Select(pair => pair.entry.Item)
            .ToList();
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

        if (entry.Words.Any(w => w.StartsWith(needle, StringComparison.Ordinal)))
        {
            return 3;
        }

        if (entry.Id.Contains(needle, StringComparison.Ordinal) || entry.Title.Contains(needle, StringComparison.Ordinal))
        {
            return 4;
        }

        var allowed = Math.Max(1, needle.Length / 4);
        var best = entry.Words.Append(entry.Id)
            .Select(word => EditDistance.Between(needle, word.Length > needle.Length + allowed ? word[..(needle.Length)] : word))
            .Min();
        return best <= allowed ? 5 + best : int.MaxValue;
    }

    private sealed record Entry(T Item, int Order, string Id, string Title, string[] Words);
}
