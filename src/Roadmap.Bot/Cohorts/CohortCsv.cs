using System.Globalization;
using System.Text;
using Roadmap.Bot.Cohorts.Challenges;

namespace Roadmap.Bot.Cohorts;

/// <summary>
/// <c>/mod cohort export</c>'s file: one line per member per submission (or per member with none),
/// in UTF-8 with a byte order mark so spreadsheets read names and notes in any script. A member who
/// keeps their progress private is in it, as in the roster, but their progress and time zone read
/// "private", and they come after those who share.
/// </summary>
internal static class CohortCsv
{
    public const string Private = "private";

    public static byte[] Create(Cohort cohort, IReadOnlyList<CohortExportRow> rows, int total)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(rows);
        var sameLink = rows.Where(r => r.Link is not null)
            .GroupBy(r => Normalized(r.Link!), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.MemberId).Distinct().Order().ToList(), StringComparer.Ordinal);
        var text = new StringBuilder();
        text.Append(CsvField.Line([
            "cohort", "member id", "joined at (UTC)", $"milestones done (of {total})", "time zone",
            "challenge", "link", "note", "submitted at (UTC)", "late", "verdict", "feedback", "same link as"]));
        foreach (var row in rows)
        {
            var others = row.Link is null ? [] : sameLink[Normalized(row.Link)].Where(id => id != row.MemberId);
            text.Append(CsvField.Line([
                cohort.Name,
                Id(row.MemberId),
                Time(row.JoinedAt),
                row.IsPrivate ? Private : row.Done.ToString(CultureInfo.InvariantCulture),
                row.IsPrivate ? Private : row.TimeZone,
                row.Challenge,
                row.Link,
                row.Note,
                row.SubmittedAt is { } at ? Time(at) : null,
                row.Link is null ? null : row.Late ? "yes" : "no",
                row.Link is null ? null : row.Verdict is { } verdict ? Verdicts.Words(verdict) : "not reviewed",
                row.Feedback,
                string.Join(' ', others.Select(Id))]));
        }

        return [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>The file's name: the cohort's id keeps it unique and safe on every disk.</summary>
    public static string FileName(Cohort cohort)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        return $"cohort-{cohort.Id.ToString(CultureInfo.InvariantCulture)}.csv";
    }

    /// <summary>Links compared as the challenge board compares them: without case and a trailing slash.</summary>
    private static string Normalized(string link) => link.Trim().TrimEnd('/').ToLowerInvariant();

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
