using System.Text;
using Dapper;
using Roadmap.Bot.Persistence;
using Roadmap.Bot.Text;

namespace Roadmap.Bot.Cohorts.Challenges;

/// <summary>
/// <c>/cohort status</c>'s challenges: the cohort's open ones (soonest due first), then the latest
/// closed, each with where the member stands in it, so "what do I still owe?" has one answer.
/// </summary>
internal sealed class YourChallengesSection(SqliteConnectionFactory factory) : ICohortStatusSection
{
    public const int Shown = 6;

    public async ValueTask<string?> DescribeAsync(Cohort cohort, ulong memberId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        const string mine = """
            SELECT ch.id AS Id, ch.title AS Title, ch.due_at AS DueAt, ch.closed_at AS ClosedAt,
                   EXISTS (SELECT 1 FROM challenge_members cm WHERE cm.challenge_id = ch.id AND cm.member_id = @MemberId) AS Joined,
                   s.submitted_at AS SubmittedAt, coalesce(s.late, 0) AS Late, s.verdict AS Verdict
            FROM challenges ch
            LEFT JOIN challenge_submissions s ON s.challenge_id = ch.id AND s.member_id = @MemberId AND s.replaced_at IS NULL
            WHERE ch.guild_id = @GuildId AND ch.cohort_id = @CohortId
            ORDER BY ch.closed_at IS NOT NULL, CASE WHEN ch.closed_at IS NULL THEN ch.due_at ELSE -ch.due_at END, ch.id
            LIMIT @Limit
            """;
        List<YourChallengeRow> rows;
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            rows = (await connection.QueryAsync<YourChallengeRow>(mine, new { cohort.GuildId, CohortId = cohort.Id, MemberId = memberId, Limit = Shown + 1, cancellationToken })).ToList();
        }

        if (rows.Count == 0)
        {
            return "**Challenges:** none posted yet.";
        }

        var text = new StringBuilder("**Challenges**\n");
        foreach (var row in rows.Take(Shown))
        {
            var when = row.ClosedAt is null ? "due " + ModeratorTime.Show(row.DueAt) : "closed";
            text.Append($"• #{row.Id} {DiscordText.Escape(row.Title)} ({when}): {Standing(row)}\n");
        }

        if (rows.Count > Shown)
        {
            text.Append("`/challenge list` shows the rest.");
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>Where the member stands, in the words they would use.</summary>
    public static string Standing(YourChallengeRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.SubmittedAt is null)
        {
            return row.ClosedAt is not null ? "not submitted"
                : row.Joined ? "joined, not submitted yet (`/challenge submit`)"
                : "not joined (`/challenge submit` takes part)";
        }

        var submitted = row.Late ? "submitted late" : "submitted";
        return row.Verdict switch
        {
            Verdicts.Accepted => $"{submitted}, ✅ accepted",
            Verdicts.NeedsWork => $"{submitted}, needs work (resubmit with `/challenge submit`)",
            _ => $"{submitted}, waiting for review",
        };
    }
}
