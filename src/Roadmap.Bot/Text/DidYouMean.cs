namespace Roadmap.Bot.Text;

/// <summary>Finds the known name closest to a mistyped one, for "did you mean" answers.</summary>
internal static class DidYouMean
{
    public static string? Closest(string typed, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(known);
        var needle = typed.Trim().ToLowerInvariant();
        var allowed = Math.Max(1, needle.Length / 3);
        return known
            .Select(name => (name, distance: EditDistance.Between(needle, name.ToLowerInvariant())))
            .Where(pair => pair.distance <= allowed || pair.name.StartsWith(needle, StringComparison.OrdinalIgnoreCase) && needle.Length >= 3)
            .OrderBy(pair => pair.distance)
            .ThenBy(pair => pair.name, StringComparer.Ordinal)
            .Select(pair => pair.name)
            .FirstOrDefault();
    }

    /// <summary>" Did you mean `x`?" when a close name exists, otherwise nothing.</summary>
    public static string Suffix(string typed, IEnumerable<string> known) =>
        Closest(typed, known) is { } match ? $" Did you mean `{match}`?" : "";
}
