namespace Roadmap.Bot.Cohorts;

/// <summary>
/// One cell of a CSV file a moderator opens in a spreadsheet. Members type links, notes and names, so
/// a cell is quoted whenever it holds a comma, a quote or a line break (RFC 4180), and a cell a
/// spreadsheet would run as a formula gets a leading apostrophe (OWASP's advice on CSV injection):
/// the file shows what was typed and runs none of it.
/// </summary>
internal static class CsvField
{
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        // Tab and carriage return also start formulas in some spreadsheets once a cell is trimmed.
        var text = value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }

    /// <summary>One line of cells, ended as RFC 4180 ends lines.</summary>
    public static string Line(IEnumerable<string?> cells) => string.Join(',', cells.Select(Escape)) + "\r\n";
}
