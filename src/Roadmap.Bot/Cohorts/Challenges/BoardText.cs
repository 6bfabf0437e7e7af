using System.Globalization;
using System.Text;
using Roadmap.Bot.Text;

namespace Roadmap.Bot.Cohorts.Challenges;

/// <summary>A challenge's board in words: for <c>/challenge board</c> and the results posted when it closes.</summary>
internal static class BoardText
{
    /// <summary>At most this many names are listed; the rest are counted, so a big cohort's board stays one message.</summary>
    public const int Listed = 25;

    public static string Render(ChallengeBoard board)
    {
        ArgumentNullException.ThrowIfNull(board);
        var text = new StringBuilder();
        if (board.Ranked.Count == 0 && board.Hidden == 0)
        {
            text.Append("No accepted submissions yet.");
        }

        foreach (var entry in board.Ranked.Take(Listed))
        {
            text.Append(CultureInfo.InvariantCulture, $"{entry.Rank}. <@{entry.MemberId}>\n");
        }

        var more = Math.Max(0, board.RankedCount - Listed) + board.Hidden;
        if (more > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"…and {more} more");
            text.Append(board.Hidden > 0 ? " (some keep their progress private)" : "");
        }

        // The listed names each end in a line break: trimmed first, so one blank line (not two) sets the counts apart.
        return $"{text.ToString().Trim()}\n\n{Counts(board)}";
    }

    /// <summary>How the submissions stand, so members see the board is not the whole story.</summary>
    public static string Counts(ChallengeBoard board)
    {
        ArgumentNullException.ThrowIfNull(board);
        var line = $"{Plural(board.Submitted, "submission")}: {board.Accepted} accepted, {board.Waiting} waiting for review";
        return board.Late > 0 ? line + $", {board.Late} late (late ones are reviewed but don't rank)." : line + ".";
    }

    /// <summary>For moderators only: links more than one member submitted.</summary>
    public static string? Duplicates(ChallengeBoard board)
    {
        ArgumentNullException.ThrowIfNull(board);
        if (board.Duplicates.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder("Submitted by more than one member, worth a look:");
        foreach (var duplicate in board.Duplicates.Take(10))
        {
            var who = string.Join(", ", duplicate.MemberIds.Select(id => $"<@{id}>"));
            text.Append(CultureInfo.InvariantCulture, $"\n- <{DiscordText.Truncate(duplicate.Link, 200)}>: {who}");
        }

        return text.ToString();
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
