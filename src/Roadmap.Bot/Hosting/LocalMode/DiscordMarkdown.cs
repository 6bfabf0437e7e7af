using System.Globalization;
using System.Text.RegularExpressions;

namespace Roadmap.Bot.Hosting.LocalMode;

/// <summary>
/// Makes the Discord markdown the bot writes readable in a terminal: masked links show their
/// address, bold and underline become ANSI styles on a real terminal and plain text elsewhere,
/// headings lose their hashes, timestamps (<c>&lt;t:1700000000:R&gt;</c>, which Discord shows in
/// the reader's clock) become a UTC date and time, or for the relative style (<c>:R</c>) "in 4 days" as
/// Discord says it. Mentions, which Discord shows as names local mode does not have, become
/// <c>#555</c> for a channel (as a channel's posts start), <c>@member 1003</c> and <c>@role 77</c>.
/// Code in backticks is left exactly as written, backticks included.
/// </summary>
internal static partial class DiscordMarkdown
{
    public const string Bold = "\e[1m";
    public const string NotBold = "\e[22m";

    /// <param name="text">Discord markdown.</param>
    /// <param name="useAnsi">True for a real terminal that shows bold and underline.</param>
    /// <param name="now">The moment relative timestamps are counted from.</param>
    public static string ToReadable(string text, bool useAnsi, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Splitting on backticks leaves code at the odd positions, for inline code and fences alike.
        var parts = text.Split('`');
        for (var i = 0; i < parts.Length; i += 2)
        {
            parts[i] = OutsideCode(parts[i], useAnsi, now);
        }

        return string.Join('`', parts);
    }

    public static string Strong(string text, bool useAnsi) => useAnsi ? Bold + text + NotBold : text;

    private static string OutsideCode(string text, bool useAnsi, DateTimeOffset now)
    {
        var readable = MaskedLink().Replace(text, "$1 <$2>");
        readable = Heading().Replace(readable, match => Strong(match.Groups[1].Value, useAnsi));
        readable = Subtext().Replace(readable, "");
        readable = Timestamp().Replace(readable, match => FormatTimestamp(match.Groups[1].Value, match.Groups[2].Value, now) ?? match.Value);
        readable = Mention().Replace(readable, match => match.Groups[1].Value switch
        {
            "#" => "#" + match.Groups[2].Value,
            "@&" => "@role " + match.Groups[2].Value,
            _ => "@member " + match.Groups[2].Value,
        });
        readable = BoldText().Replace(readable, match => Strong(match.Groups[1].Value, useAnsi));
        return Underlined().Replace(readable, match => useAnsi ? $"\e[4m{match.Groups[1].Value}\e[24m" : match.Groups[1].Value);
    }

    private static string? FormatTimestamp(string seconds, string style, DateTimeOffset now)
    {
        if (!long.TryParse(seconds, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            || value is < -62_135_596_800 or > 253_402_300_799)
        {
            return null;
        }

        var at = DateTimeOffset.FromUnixTimeSeconds(value);
        return style == "R" ? Relative(at - now) : at.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
    }

    // Rounded the way Discord shows a relative timestamp: "in 4 days", "2 hours ago", "in a minute".
    private static string Relative(TimeSpan span)
    {
        var length = span.Duration();
        var amount = length.TotalSeconds < 45 ? "a few seconds"
            : length.TotalMinutes < 45 ? Count(length.TotalMinutes, "a minute", "minutes")
            : length.TotalHours < 22 ? Count(length.TotalHours, "an hour", "hours")
            : length.TotalDays < 26 ? Count(length.TotalDays, "a day", "days")
            : length.TotalDays < 320 ? Count(length.TotalDays / 30.4, "a month", "months")
            : Count(length.TotalDays / 365.25, "a year", "years");
        return span >= TimeSpan.Zero ? "in " + amount : amount + " ago";
    }

    private static string Count(double value, string one, string many)
    {
        var rounded = Math.Max(1, (int)Math.Round(value, MidpointRounding.AwayFromZero));
        return rounded == 1 ? one : rounded.ToString(CultureInfo.InvariantCulture) + " " + many;
    }

    [GeneratedRegex(@"<t:(-?\d{1,12})(?::([tTdDfFsSR]))?>", RegexOptions.CultureInvariant)]
    private static partial Regex Timestamp();

    [GeneratedRegex(@"<(#|@&|@!?)(\d{1,20})>", RegexOptions.CultureInvariant)]
    private static partial Regex Mention();

    [GeneratedRegex(@"\[([^\]\n]+)\]\(<?(https?://[^\s)>]+)>?\)", RegexOptions.CultureInvariant)]
    private static partial Regex MaskedLink();

    [GeneratedRegex(@"\*\*(.+?)\*\*", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex BoldText();

    [GeneratedRegex(@"__(.+?)__", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Underlined();

    [GeneratedRegex(@"^#{1,3} +(.+)$", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^-# +", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex Subtext();
}
